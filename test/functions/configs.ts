/** The function configuration most tests use. */
import type { ResizeConfig } from '../../functions/resize/src/config';

/** The tutorial's function in `bucket`: `source/` → `processed/`, within 128×128; `changes` replace fields. */
export function tutorialConfig(bucket: string, changes: Partial<ResizeConfig> = {}): ResizeConfig {
  return {
    destination: { bucket, prefix: 'processed/' },
    sources: [{ bucket, prefix: 'source/', suffix: '' }],
    targets: [{ width: 128, height: 128 }],
    ...changes,
  };
}
