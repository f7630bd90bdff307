import sharp from 'sharp';
import {
  configureSharpForServerless,
  ImageInputError,
  resizeImage,
  type ImageInputProblem,
  type ResizeOptions,
} from '../../functions/resize/src/resize';
import { BLUE, GREEN, RED, animation, exifRotatedJpeg, jpeg, metadata, near, pixel, pngWithAlpha, transparentLeftOpaqueRight, webp } from './images';

const box128: ResizeOptions = { targets: [{ width: 128, height: 128 }] };

async function expectProblem(input: Promise<unknown>, problem: ImageInputProblem): Promise<void> {
  const err = await input.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImageInputError);
  expect((err as ImageInputError).problem).toBe(problem);
}

describe('resizeImage', () => {
  test('JPEG larger than the box: fitted inside, aspect kept, still JPEG', async () => {
    const input = await jpeg(400, 200);
    const [out] = await resizeImage(input, box128);
    expect(out).toMatchObject({ format: 'jpeg', contentType: 'image/jpeg', width: 128, height: 64 });
    expect(out.source).toEqual({ format: 'jpeg', width: 400, height: 200, bytes: input.length, frames: 1 });
    const meta = await metadata(out.body);
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 128, 64]);
  });

  test('PNG with alpha stays a PNG with its transparency', async () => {
    const [out] = await resizeImage(await pngWithAlpha(300, 300), box128);
    const meta = await metadata(out.body);
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', 128, 128, true]);
    const p = await pixel(out.body, 64, 64);
    expect(Math.abs(p.a - 128)).toBeLessThan(5);
    expect(near(p, BLUE)).toBe(true);
  });

  test('WebP stays WebP', async () => {
    const [out] = await resizeImage(await webp(200, 400), box128);
    expect(out).toMatchObject({ format: 'webp', contentType: 'image/webp', width: 64, height: 128 });
    expect((await metadata(out.body)).format).toBe('webp');
  });

  test('smaller than the box: not enlarged by default', async () => {
    const [out] = await resizeImage(await jpeg(50, 40), box128);
    const meta = await metadata(out.body);
    expect([meta.width, meta.height]).toEqual([50, 40]);
  });

  test('withoutEnlargement: false enlarges into the box', async () => {
    const [out] = await resizeImage(await jpeg(50, 40), { ...box128, withoutEnlargement: false });
    const meta = await metadata(out.body);
    expect([meta.width, meta.height]).toEqual([128, 102]);
  });

  test('height defaults to width', async () => {
    const [out] = await resizeImage(await jpeg(200, 400), { targets: [{ width: 100 }] });
    expect([out.width, out.height]).toEqual([50, 100]);
  });

  test('EXIF orientation 6 is applied: the output is upright and carries no orientation tag', async () => {
    // Stored 200x100 red|blue; displayed it is 100x200 with red on top.
    const input = await exifRotatedJpeg(200, 100);
    expect((await metadata(input)).orientation).toBe(6);
    const [out] = await resizeImage(input, box128);
    const meta = await metadata(out.body);
    expect([meta.width, meta.height]).toEqual([64, 128]);
    expect(meta.orientation).toBeUndefined();
    expect(out.source).toMatchObject({ width: 100, height: 200 });
    expect(near(await pixel(out.body, 32, 10), RED)).toBe(true);
    expect(near(await pixel(out.body, 32, 118), BLUE)).toBe(true);
  });

  test('several targets from one input, in order', async () => {
    const outputs = await resizeImage(await jpeg(1000, 500), {
      targets: [
        { width: 640, name: 'large' },
        { width: 200, height: 50, name: 'strip' },
        { width: 32, name: 'icon' },
      ],
    });
    expect(outputs.map((o) => o.target.name)).toEqual(['large', 'strip', 'icon']);
    expect([outputs[0].width, outputs[0].height]).toEqual([640, 320]);
    // libvips rounds the shrink factor for the height-bound box; allow one pixel.
    expect(outputs[1].height).toBe(50);
    expect(Math.abs(outputs[1].width - 100)).toBeLessThanOrEqual(1);
    expect([outputs[2].width, outputs[2].height]).toEqual([32, 16]);
    for (const o of outputs) {
      const meta = await metadata(o.body);
      expect([meta.width, meta.height]).toEqual([o.width, o.height]);
    }
  });

  test('fit cover and contain fill the exact box', async () => {
    const [cover] = await resizeImage(await jpeg(400, 200), { ...box128, fit: 'cover' });
    const [contain] = await resizeImage(await jpeg(400, 200), { ...box128, fit: 'contain' });
    expect([cover.width, cover.height, contain.width, contain.height]).toEqual([128, 128, 128, 128]);
    // contain pads JPEG with white, not black
    expect(near(await pixel(contain.body, 64, 2), { r: 255, g: 255, b: 255 })).toBe(true);
  });

  test('configured format converts; alpha becomes white in JPEG', async () => {
    const [asWebp] = await resizeImage(await jpeg(300, 300), { ...box128, format: 'webp' });
    expect([asWebp.format, (await metadata(asWebp.body)).format]).toEqual(['webp', 'webp']);

    const transparent = await sharp({
      create: { width: 200, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const [asJpeg] = await resizeImage(transparent, { ...box128, format: 'jpeg' });
    expect(asJpeg.contentType).toBe('image/jpeg');
    expect(near(await pixel(asJpeg.body, 10, 10), { r: 255, g: 255, b: 255 })).toBe(true);
  });

  test('quality is passed to lossy encoders', async () => {
    const noisy = await sharp(Buffer.from(Array.from({ length: 300 * 300 * 3 }, (_, i) => (i * 7919) % 256)), {
      raw: { width: 300, height: 300, channels: 3 },
    })
      .jpeg({ quality: 100 })
      .toBuffer();
    const [low] = await resizeImage(noisy, { targets: [{ width: 300 }], quality: 10 });
    const [high] = await resizeImage(noisy, { targets: [{ width: 300 }], quality: 95 });
    expect(low.body.length).toBeLessThan(high.body.length / 2);
  });

  test('AVIF, GIF and TIFF inputs keep their format (TIFF keeps alpha)', async () => {
    const base = sharp({ create: { width: 300, height: 150, channels: 4, background: { ...RED, alpha: 0.5 } } });
    const cases: [Buffer, string, string, string][] = [
      [await base.clone().avif().toBuffer(), 'avif', 'image/avif', 'heif'],
      [await base.clone().gif().toBuffer(), 'gif', 'image/gif', 'gif'],
      [await base.clone().tiff({ compression: 'deflate' }).toBuffer(), 'tiff', 'image/tiff', 'tiff'],
    ];
    for (const [input, format, contentType, decoder] of cases) {
      const [out] = await resizeImage(input, box128);
      expect([out.format, out.contentType, out.width, out.height]).toEqual([format, contentType, 128, 64]);
      expect((await metadata(out.body)).format).toBe(decoder);
    }
    expect((await metadata(cases[2][0])).hasAlpha).toBe(true);
    const [tiff] = await resizeImage(cases[2][0], box128);
    expect((await metadata(tiff.body)).hasAlpha).toBe(true);
  });

  test('metadata is stripped except the ICC profile', async () => {
    const input = await sharp(await jpeg(300, 200))
      .withIccProfile('p3')
      .withExif({ IFD0: { Copyright: 'someone', Artist: 'someone' } })
      .jpeg()
      .toBuffer();
    const inMeta = await metadata(input);
    expect([Boolean(inMeta.icc), Boolean(inMeta.exif)]).toEqual([true, true]);
    const [out] = await resizeImage(input, box128);
    const outMeta = await metadata(out.body);
    expect([Boolean(outMeta.icc), Boolean(outMeta.exif)]).toEqual([true, false]);
  });

  test('background: #rgb works too, and pads fit contain in JPEG only', async () => {
    const [flat] = await resizeImage(await transparentLeftOpaqueRight(200, 100, BLUE), { ...box128, format: 'jpeg', background: '#0f0' });
    expect(near(await pixel(flat.body, 10, 32), { r: 0, g: 255, b: 0 })).toBe(true);
    const [padded] = await resizeImage(await pngWithAlpha(200, 100), { ...box128, fit: 'contain', background: '#0f0' });
    expect([padded.width, padded.height]).toEqual([128, 128]);
    expect((await pixel(padded.body, 64, 2)).a).toBe(0);
  });

  test('widthOnly: scales to the width whatever the height, ignoring fit', async () => {
    const [out] = await resizeImage(await jpeg(100, 1000), { targets: [{ width: 50, widthOnly: true }], fit: 'cover' });
    expect([out.width, out.height]).toEqual([50, 500]);
    const [boxed] = await resizeImage(await jpeg(100, 1000), { targets: [{ width: 50 }] });
    expect([boxed.width, boxed.height]).toEqual([5, 50]);
  });

  test('all-frames: every frame resized; height is per frame; first-frame is a still', async () => {
    const gif = await animation('gif', 200, 100, [RED, GREEN, BLUE]);
    const [all] = await resizeImage(gif, { ...box128, animated: 'all-frames' });
    expect(all).toMatchObject({ width: 128, height: 64, frames: 3, source: { width: 200, height: 100, frames: 3 } });
    const meta = await metadata(all.body);
    expect([meta.pages, meta.pageHeight ?? meta.height, meta.delay]).toEqual([3, 64, [100, 100, 100]]);
    const [first] = await resizeImage(gif, box128);
    expect(first).toMatchObject({ width: 128, height: 64, frames: 1 });
    expect((await metadata(first.body)).pages ?? 1).toBe(1);
  });

  describe('bad inputs are ImageInputErrors', () => {
    test('zero bytes', () => expectProblem(resizeImage(Buffer.alloc(0), box128), 'empty'));
    test('not an image', () =>
      expectProblem(resizeImage(Buffer.from('this is a text file, not a picture'), box128), 'unsupported-format'));
    test('SVG is refused', () =>
      expectProblem(
        resizeImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), box128),
        'unsupported-format',
      ));
    test('truncated JPEG', async () => {
      const whole = await jpeg(400, 400);
      await expectProblem(resizeImage(whole.subarray(0, whole.length / 2), box128), 'corrupt');
    });
    test('truncated PNG', async () => {
      const whole = await pngWithAlpha(400, 400);
      await expectProblem(resizeImage(whole.subarray(0, whole.length / 2), box128), 'corrupt');
    });
    test('over the pixel limit', async () =>
      expectProblem(resizeImage(await jpeg(200, 200), { ...box128, maxInputPixels: 200 * 200 - 1 }), 'too-many-pixels'));
    test('exactly at the pixel limit is fine', async () => {
      const [out] = await resizeImage(await jpeg(200, 200), { ...box128, maxInputPixels: 200 * 200 });
      expect(out.width).toBe(128);
    });
  });
});

test('configureSharpForServerless: one thread, no cache', () => {
  sharp.concurrency(4);
  sharp.cache(true);
  configureSharpForServerless();
  expect(sharp.concurrency()).toBe(1);
  const cache = sharp.cache();
  expect([cache.memory.max, cache.files.max, cache.items.max]).toEqual([0, 0, 0]);
});
