/**
 * The generated bindings of the `aliyun/alicloud` provider at the pinned version (`schemas/providers.json`): every
 * resource, data source and provider class, for escape hatches (`addOverride` on what a construct made) and for
 * `toHaveResourceWithProperties(<class>, ...)` in tests. Import as `evented-buckets/providers/alicloud`.
 * @module
 */
export * from '../generated/providers/alicloud/classes';
