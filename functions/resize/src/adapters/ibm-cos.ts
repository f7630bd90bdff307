/**
 * IBM Cloud Object Storage for the resize code: the notification payloads as neutral object events and the
 * {@link ObjectStore} on `ibm-cos-sdk` live in the runtime module (`evented-buckets/runtime`, namespace `ibm`), which
 * user handlers share; this module is the resize adapters' door to it.
 */
export {
  COS_ENDPOINT_ENV, CR_TOKEN_FILE, CR_TOKEN_FILE_ENV, CosNotificationError, cosStoreFromEnvironment, FUNCTION_TIMEOUT_ENV,
  IAM_ENDPOINT_ENV, IAM_TOKEN_ENDPOINT, IBM_COS_MAX_KEY_BYTES, IBM_COS_MAX_METADATA_BYTES, ibmCosEventKind, IbmCosObjectStore,
  objectEventsFromDelivery, parseCosNotification, timeoutsFromEnvironment, TRUSTED_PROFILE_ENV, TrustedProfileTokenManager, trustedProfileToken,
} from '../../../../lib/runtime/ibm';
export type { CodeEngineDelivery, IbmCosAuth, IbmCosStoreOptions } from '../../../../lib/runtime/ibm';
