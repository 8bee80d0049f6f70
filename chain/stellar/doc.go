// Package stellar is souq's loyalty on Stellar: each merchant's points are an asset issued on
// first earn, earned per released order, burned (or clawed back) on redemption and exportable to
// a customer's own account, idempotently per order or key. Loyalty adapts it to the sale
// service's souq.Loyalty port. The sandbox package is the embedded test ledger; testnet or the
// public network is configuration only. Its records (intents, transactions, programs, vouchers…)
// live in souq's store through the kv port, in spaces "stellar/<bucket>" (store.go), each value
// in a versioned encoding written down in encoding.go.
package stellar
