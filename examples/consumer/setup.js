const cdktf = require("cdktf");
cdktf.Testing.setupJest();
require("evented-buckets/testing").setupSchemaMatchers();
