/**
 * Which build of the image library (sharp) goes into the function zip. The build machine's own binaries are never
 * taken by accident: the engine names the platform packages explicitly.
 */
export enum ImageEngine {
  /** Native sharp for Linux x64 with glibc >= 2.28 (Alibaba FC nodejs20/18 on Debian 10, Code Engine images). */
  LINUX_X64 = 'linux-x64',
  /** sharp compiled to WebAssembly: no native code, runs on any glibc (Tencent SCF's CentOS 7); slower. */
  WASM32 = 'wasm32',
}

/** Platform packages each engine needs next to sharp's JavaScript. */
export function enginePackages(engine: ImageEngine): string[] {
  switch (engine) {
    case ImageEngine.LINUX_X64:
      return ['@img/sharp-linux-x64', '@img/sharp-libvips-linux-x64'];
    case ImageEngine.WASM32:
      return ['@img/sharp-wasm32'];
  }
}

/** How to install an engine's packages on a build machine of another platform. */
export function engineInstallHint(engine: ImageEngine, sharpVersion: string): string {
  switch (engine) {
    case ImageEngine.LINUX_X64:
      return `npm install --os=linux --cpu=x64 --libc=glibc sharp@${sharpVersion}`;
    case ImageEngine.WASM32:
      return `npm install --cpu=wasm32 sharp@${sharpVersion} (or: npm install @img/sharp-wasm32@${sharpVersion})`;
  }
}
