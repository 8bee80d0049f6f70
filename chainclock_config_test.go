package souq_test

import "github.com/souqchain/souq"

// withChainClock gives the service the fake chain's clock.
func withChainClock(c *souq.Config, cc souq.ChainClock) { c.ChainClock = cc }
