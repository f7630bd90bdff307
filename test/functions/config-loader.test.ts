import { RESIZE_CONFIG_ENV, type ResizeConfig } from '../../functions/resize/src/config';
import {
  loadResizeConfig,
  parseResizeConfig,
  ResizeConfigError,
  validateResizeConfig,
} from '../../functions/resize/src/config-loader';
import { tutorialConfig } from './configs';

const valid: ResizeConfig = tutorialConfig('photos');

function problemsOf(value: unknown): readonly string[] {
  try {
    validateResizeConfig(value);
  } catch (err) {
    expect(err).toBeInstanceOf(ResizeConfigError);
    return (err as ResizeConfigError).problems;
  }
  throw new Error('expected the configuration to be refused');
}

describe('config loader', () => {
  test('reads a valid configuration from the environment', () => {
    const full: ResizeConfig = {
      ...valid,
      targets: [
        { width: 64, name: 'small' },
        { width: 1024, height: 768, name: 'large' },
        { width: 800, widthOnly: true, name: 'wide' },
      ],
      fit: 'cover',
      withoutEnlargement: false,
      format: 'webp',
      quality: 70,
      background: '#1a2B3c',
      animated: 'all-frames',
      maxInputPixels: 50_000_000,
      maxInputBytes: 10_000_000,
    };
    expect(loadResizeConfig({ [RESIZE_CONFIG_ENV]: JSON.stringify(full) })).toEqual(full);
  });

  test('missing variable', () => {
    expect(() => loadResizeConfig({})).toThrow(/RESIZE_CONFIG is not set/);
    expect(() => loadResizeConfig({ [RESIZE_CONFIG_ENV]: '  ' })).toThrow(ResizeConfigError);
  });

  test('not JSON', () => {
    expect(() => parseResizeConfig('{destination:')).toThrow(/invalid RESIZE_CONFIG:\n {2}- not valid JSON/);
  });

  test('not an object', () => {
    expect(problemsOf([valid])).toEqual(['(root): must be a JSON object, got an array']);
  });

  test('every wrong field is named, all at once', () => {
    const problems = problemsOf({
      destination: { bucket: '', prefix: '' },
      sources: [{ bucket: 'photos', prefix: 5 }],
      targets: [{ width: 0 }, { width: 12.5, height: -1, name: 'a/b' }],
      fit: 'stretch',
      withoutEnlargement: 'yes',
      format: 'bmp',
      quality: 101,
      maxInputPixels: 0,
      maxInputBytes: '1MB',
    });
    expect(problems).toEqual([
      'destination.bucket: must be a non-empty string, got ""',
      'destination.prefix: must be a non-empty string, got ""',
      'sources[0].prefix: must be a string, got 5',
      'sources[0].suffix: must be a string, got nothing',
      'targets[0].width: must be a positive integer, got 0',
      'targets[0].name: required when there are several targets',
      'targets[1].width: must be a positive integer, got 12.5',
      'targets[1].height: must be a positive integer, got -1',
      `targets[1].name: must be a single folder name (no '/', not '.' or '..'), got "a/b"`,
      `fit: must be one of 'inside', 'outside', 'cover', 'contain', 'fill', got "stretch"`,
      'withoutEnlargement: must be true or false, got "yes"',
      `format: must be one of 'keep', 'jpeg', 'png', 'webp', 'avif', got "bmp"`,
      'quality: must be an integer from 1 to 100, got 101',
      'maxInputPixels: must be a positive integer, got 0',
      'maxInputBytes: must be a positive integer, got "1MB"',
    ]);
  });

  test('missing sections', () => {
    expect(problemsOf({})).toEqual([
      'destination: must be an object {bucket, prefix}, got nothing',
      'sources: must be a non-empty array of {bucket, prefix, suffix}, got nothing',
      'targets: must be a non-empty array of {width, height?, name?, widthOnly?}, got nothing',
    ]);
    expect(problemsOf({ ...valid, sources: [], targets: [] })).toEqual([
      'sources: must be a non-empty array of {bucket, prefix, suffix}, got an empty array',
      'targets: must be a non-empty array of {width, height?, name?, widthOnly?}, got an empty array',
    ]);
  });

  test('duplicate target names, absolute prefix, unknown fields', () => {
    expect(
      problemsOf({
        ...valid,
        destination: { bucket: 'photos', prefix: '/out/' },
        targets: [
          { width: 1, name: 'x' },
          { width: 2, name: 'x', size: 3 },
        ],
        qualty: 50,
      }),
    ).toEqual([
      'qualty: unknown field (known: destination, sources, targets, fit, withoutEnlargement, format, quality, background, animated, maxInputPixels, maxInputBytes)',
      `destination.prefix: must not start with '/' (object keys do not), got "/out/"`,
      'targets[1].size: unknown field (known: width, height, name, widthOnly)',
      'targets[1].name: duplicate name "x" (outputs would overwrite each other)',
    ]);
  });

  test('optional fields added for backgrounds, animations and width-only targets', () => {
    expect(
      problemsOf({
        ...valid,
        targets: [
          { width: 100, widthOnly: 'yes', name: 'a' },
          { width: 100, height: 50, widthOnly: true, name: 'b' },
          { width: 100, widthOnly: false, name: 'c' },
        ],
        background: 'white',
        animated: true,
      }),
    ).toEqual([
      'targets[0].widthOnly: must be true or false, got "yes"',
      'targets[1].height: must be left out with widthOnly (the height follows the aspect ratio)',
      `background: must be a colour '#rgb' or '#rrggbb', got "white"`,
      `animated: must be one of 'first-frame', 'all-frames', got true`,
    ]);
    for (const background of ['#fff', '#FFFFFF', '#00ff7f']) {
      expect(validateResizeConfig({ ...valid, background }).background).toBe(background);
    }
    for (const background of ['#ffff', 'fff', '#fffffff', '#ggg', '', 255]) {
      expect(problemsOf({ ...valid, background })).toHaveLength(1);
    }
    expect(validateResizeConfig({ ...valid, animated: 'first-frame' }).animated).toBe('first-frame');
  });

  test('empty source prefix and suffix are allowed (whole bucket)', () => {
    expect(validateResizeConfig({ ...valid, sources: [{ bucket: 'b', prefix: '', suffix: '' }] }).sources[0].prefix).toBe('');
  });
});
