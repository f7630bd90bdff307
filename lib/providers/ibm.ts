/**
 * The generated bindings of the `IBM-Cloud/ibm` provider at the pinned version (`schemas/providers.json`): every
 * resource, data source and provider class, for escape hatches (`addOverride` on what a construct made) and for
 * `toHaveResourceWithProperties(<class>, ...)` in tests. Import as `evented-buckets/providers/ibm`.
 * @module
 */
export * from '../generated/providers/ibm/classes';
