package store

// WithBoltBatch lets the external tests run the conformance suite on bbolt's DB.Batch as well.
var WithBoltBatch = withBoltBatch
