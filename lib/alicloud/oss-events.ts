import { NativeEventCatalogue, ObjectEventKind, wildcardIntersects } from '../core/events';

/** Every OSS event Function Compute triggers accept, by name. */
export const OssEvent = {
  OBJECT_CREATED_ALL: 'oss:ObjectCreated:*',
  PUT_OBJECT: 'oss:ObjectCreated:PutObject',
  POST_OBJECT: 'oss:ObjectCreated:PostObject',
  COPY_OBJECT: 'oss:ObjectCreated:CopyObject',
  PUT_SYMLINK: 'oss:ObjectCreated:PutSymlink',
  INITIATE_MULTIPART_UPLOAD: 'oss:ObjectCreated:InitiateMultipartUpload',
  UPLOAD_PART: 'oss:ObjectCreated:UploadPart',
  UPLOAD_PART_COPY: 'oss:ObjectCreated:UploadPartCopy',
  COMPLETE_MULTIPART_UPLOAD: 'oss:ObjectCreated:CompleteMultipartUpload',
  APPEND_OBJECT: 'oss:ObjectCreated:AppendObject',
  OBJECT_REMOVED_ALL: 'oss:ObjectRemoved:*',
  DELETE_OBJECT: 'oss:ObjectRemoved:DeleteObject',
  DELETE_OBJECTS: 'oss:ObjectRemoved:DeleteObjects',
  ABORT_MULTIPART_UPLOAD: 'oss:ObjectRemoved:AbortMultipartUpload',
  UPDATE_OBJECT_META: 'oss:ObjectModified:UpdateObjectMeta',
} as const;

/** A native OSS event name. */
export type OssEventName = (typeof OssEvent)[keyof typeof OssEvent];

const ALL = Object.values(OssEvent) as readonly string[];

/**
 * "Created" lists the operations that finish an upload. `oss:ObjectCreated:*` also fires on
 * InitiateMultipartUpload and every UploadPart, so one multipart upload would invoke the function many times.
 */
const CREATED: readonly string[] = [OssEvent.PUT_OBJECT, OssEvent.POST_OBJECT, OssEvent.COMPLETE_MULTIPART_UPLOAD, OssEvent.COPY_OBJECT];
const REMOVED: readonly string[] = [OssEvent.DELETE_OBJECT, OssEvent.DELETE_OBJECTS];

export const OSS_EVENT_CATALOGUE: NativeEventCatalogue = {
  cloud: 'Alibaba Cloud OSS',
  all: ALL,
  nativeEventsFor: (kind) => (kind === ObjectEventKind.CREATED ? CREATED : REMOVED),
  kindOf: (e) => (e.startsWith('oss:ObjectCreated:') ? ObjectEventKind.CREATED : e.startsWith('oss:ObjectRemoved:') ? ObjectEventKind.REMOVED : undefined),
  intersects: wildcardIntersects,
};
