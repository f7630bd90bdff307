import { Construct } from 'constructs';
import { filtersOverlap, normalizeFilter, prefixesOverlap, suffixesOverlap, validateKeyFilter } from '../../lib/core/filters';
import { ObjectEventKind, resolveEvents, wildcardIntersects } from '../../lib/core/events';
import { alicloud } from '../../lib';

describe('key filters', () => {
  test.each([
    [{ prefix: 'a/', suffix: '.jpg' }, { prefix: 'a/b/', suffix: '.jpg' }, true],
    [{ prefix: 'a/', suffix: '.jpg' }, { prefix: 'b/', suffix: '.jpg' }, false],
    [{ prefix: 'a/', suffix: '.jpg' }, { prefix: 'a/', suffix: '.png' }, false],
    [{ prefix: '', suffix: '' }, { prefix: 'x/', suffix: '.png' }, true],
    [{ prefix: 'a/', suffix: 'g' }, { prefix: '', suffix: '.jpg' }, true],
    [{ prefix: 'photos', suffix: '' }, { prefix: 'photo', suffix: '' }, true],
  ])('%j and %j overlap: %s', (a, b, expected) => {
    expect(filtersOverlap(a, b)).toBe(expected);
    expect(filtersOverlap(b, a)).toBe(expected);
  });

  test('prefix and suffix relations', () => {
    expect(prefixesOverlap('', 'anything')).toBe(true);
    expect(prefixesOverlap('ab', 'ac')).toBe(false);
    expect(suffixesOverlap('.tar.gz', '.gz')).toBe(true);
    expect(suffixesOverlap('.jpeg', '.jpg')).toBe(false);
  });

  test('normalization fills both parts', () => {
    expect(normalizeFilter(undefined)).toEqual({ prefix: '', suffix: '' });
    expect(normalizeFilter({ suffix: '.png' })).toEqual({ prefix: '', suffix: '.png' });
  });

  test('COS-style rules require a dot at the start of a suffix', () => {
    const scope = new Construct(undefined as any, 'Root');
    const rules = { cloud: 'Tencent Cloud COS', maxBytes: 850, suffixStartsWithDot: true };
    expect(() => validateKeyFilter(scope, { suffix: 'png' }, rules)).toThrow(/does not start with "\."; Tencent Cloud COS rejects/);
    expect(validateKeyFilter(scope, { prefix: 'in/', suffix: '.png' }, rules)).toEqual({ prefix: 'in/', suffix: '.png' });
  });

  test('multi-byte characters count in bytes', () => {
    const scope = new Construct(undefined as any, 'Root');
    expect(() => validateKeyFilter(scope, { prefix: '图'.repeat(342) }, { cloud: 'X', maxBytes: 1023 })).toThrow(/longer than the 1023 bytes/);
    expect(validateKeyFilter(scope, { prefix: '图'.repeat(341) }, { cloud: 'X', maxBytes: 1023 }).prefix).toHaveLength(341);
  });
});

describe('events', () => {
  test('wildcards intersect what they cover and nothing else', () => {
    expect(wildcardIntersects('oss:ObjectCreated:*', 'oss:ObjectCreated:PutObject')).toBe(true);
    expect(wildcardIntersects('oss:ObjectCreated:PutObject', 'oss:ObjectCreated:*')).toBe(true);
    expect(wildcardIntersects('oss:ObjectCreated:*', 'oss:ObjectRemoved:DeleteObject')).toBe(false);
    expect(wildcardIntersects('oss:ObjectCreated:PutObject', 'oss:ObjectCreated:PostObject')).toBe(false);
  });

  test('Alibaba "created" is the set of completed uploads, never the multipart steps', () => {
    const created = resolveEvents(alicloud.OSS_EVENT_CATALOGUE, [ObjectEventKind.CREATED]);
    expect(created).toEqual(['oss:ObjectCreated:CompleteMultipartUpload', 'oss:ObjectCreated:CopyObject', 'oss:ObjectCreated:PostObject', 'oss:ObjectCreated:PutObject']);
    expect(created).not.toContain('oss:ObjectCreated:*');
    expect(created).not.toContain('oss:ObjectCreated:UploadPart');
  });

  test('kinds and native names mix, sorted and de-duplicated', () => {
    expect(resolveEvents(alicloud.OSS_EVENT_CATALOGUE, [ObjectEventKind.REMOVED, 'oss:ObjectRemoved:DeleteObject', 'oss:ObjectModified:UpdateObjectMeta']))
      .toEqual(['oss:ObjectModified:UpdateObjectMeta', 'oss:ObjectRemoved:DeleteObject', 'oss:ObjectRemoved:DeleteObjects']);
  });

  test('the catalogue maps native names back to kinds', () => {
    const c = alicloud.OSS_EVENT_CATALOGUE;
    expect(c.kindOf('oss:ObjectCreated:AppendObject')).toBe(ObjectEventKind.CREATED);
    expect(c.kindOf('oss:ObjectRemoved:AbortMultipartUpload')).toBe(ObjectEventKind.REMOVED);
    expect(c.kindOf('oss:ObjectModified:UpdateObjectMeta')).toBeUndefined();
    expect(c.all).toHaveLength(15);
  });
});
