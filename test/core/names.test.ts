import { Construct } from 'constructs';
import { pathHash, physicalName } from '../../lib/core/names';

describe('physical names', () => {
  const root = new Construct(undefined as any, 'My_Stack');
  const child = new Construct(new Construct(root, 'Group'), 'Photo Bucket');
  const rules = { maxLength: 30, lowerCase: true, extraChars: '-', separator: '-' };

  test('readable, within the rules, stable, and unique per path', () => {
    const name = physicalName(child, rules);
    expect(name).toMatch(/^my-stack-photo-bucket-[0-9a-f]{8}$/);
    expect(name.length).toBeLessThanOrEqual(30);
    expect(physicalName(child, rules)).toBe(name);
    expect(physicalName(new Construct(root, 'Photo Bucket'), rules)).not.toBe(name);
  });

  test('long names are cut, never past the limit, never ending in a separator', () => {
    const long = new Construct(root, 'x'.repeat(100));
    const name = physicalName(long, { ...rules, maxLength: 20 });
    expect(name.length).toBeLessThanOrEqual(20);
    expect(name).toMatch(/^[a-z0-9-]+[a-z0-9]-[0-9a-f]{8}$/);
  });

  test('a salt changes the hash; names can be forced to start with a letter', () => {
    expect(pathHash(child, 8, 'cn-hangzhou')).not.toBe(pathHash(child));
    const digits = new Construct(new Construct(undefined as any, '1st'), '2nd');
    expect(physicalName(digits, { ...rules, startWithLetter: true }, '42-things')).toMatch(/^x42-things-[0-9a-f]{8}$/);
  });
});
