import { Testing } from 'cdktf';

// Adds toHaveResource, toHaveResourceWithProperties, toHaveDataSource... to expect().
Testing.setupJest();
import { setupSchemaMatchers } from '../lib/testing';

// Adds toConformToProviderSchemas() and toPassBehaviourCheck() to expect().
setupSchemaMatchers();
