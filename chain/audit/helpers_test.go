package audit_test

import "math/big"

func bigU(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
