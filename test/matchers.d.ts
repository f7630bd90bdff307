// Brings cdktf's jest matcher types (toHaveResourceWithProperties, ...) into every test file.
import 'cdktf/lib/testing/adapters/jest';
