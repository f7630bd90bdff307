/**
 * The contract between the IBM constructs (lib/ibm) and the code they run (lib/runtime/ibm.ts and the resize
 * adapters): the names the constructs set and the code reads, and the key limit of COS. Keep this file free
 * of imports and runtime dependencies: the constructs import it at synth time.
 */

/** COS object keys are at most 1024 bytes of UTF-8. */
export const IBM_COS_MAX_KEY_BYTES = 1024;

/** Environment variable with the S3 endpoint (host, or a URL for tests) the code uses; the constructs set it for Code Engine. */
export const COS_ENDPOINT_ENV = 'COS_ENDPOINT';

/** Environment variable naming the trusted profile the Code Engine app assumes with its compute-resource token. */
export const TRUSTED_PROFILE_ENV = 'IBM_TRUSTED_PROFILE_ID';

/** Cloud Functions action parameter carrying the HMAC access key id (set by lib/ibm/cloud-functions.ts). */
export const ACCESS_KEY_PARAM = 'cos_hmac_access_key_id';

/** Cloud Functions action parameter carrying the HMAC secret access key (set by lib/ibm/cloud-functions.ts). */
export const SECRET_KEY_PARAM = 'cos_hmac_secret_access_key';

/**
 * Environment variable with the component's own timeout in seconds (the app's request timeout, the job's execution
 * time): the code derives its storage timeouts from it.
 */
export const FUNCTION_TIMEOUT_ENV = 'IBM_FUNCTION_TIMEOUT_SECONDS';
