// Package sandbox is souq's Stellar TEST LEDGER: an HTTP server speaking the subset of Horizon
// that souq uses, so the real go-stellar-sdk horizonclient and txnbuild code runs against it
// unchanged, in one process, with no network. It is not a Stellar node: there is no consensus, no
// stellar-core, no history archive, and its lumens and assets have no value. Its root endpoint
// says so in the "souq_sandbox" field.
//
// # What it serves
//
//	GET  /                                  root (network passphrase, latest ledger, notice)
//	GET  /accounts/{id}                     account with balances, signers, thresholds, flags, sponsorship counts
//	GET  /accounts/{id}/transactions        successful transactions involving the account (cursor, limit, order)
//	GET  /accounts/{id}/operations          operations involving the account
//	GET  /accounts/{id}/payments            create_account and payment operations
//	POST /transactions                      submit tx=<base64 envelope>; waits for the ledger to close
//	GET  /transactions/{hash}               a transaction (successful or failed)
//	GET  /transactions/{hash}/operations    its operations
//	GET  /claimable_balances                filtered by claimant, sponsor or asset
//	GET  /claimable_balances/{id}
//	GET  /fee_stats
//	GET  /friendbot?addr=G...               creates and funds an account from the root account (10,000 XLM)
//
// JSON bodies are the SDK's own protocols/horizon types, and errors are Horizon's problem documents
// (not_found, bad_request, transaction_failed with extras.result_codes and result_xdr,
// transaction_malformed, rate_limit_exceeded, timeout).
//
// # What it checks
//
// Each envelope is decoded from XDR and hashed with the sandbox's network passphrase (default
// NetworkPassphrase, "souq sandbox ; test ledger", distinct from testnet and the public network so
// nothing signed here can be replayed there). Before a transaction enters a ledger it must pass,
// with nothing changed if it does not: at least one and at most 100 operations (more do not decode:
// transaction_malformed, as on Horizon), fee >= base fee × operations (tx_insufficient_fee), time
// and ledger bounds (tx_too_early, tx_too_late), an existing source account (tx_no_source_account),
// the next sequence number (tx_bad_seq), signatures meeting the source account's low threshold
// (tx_bad_auth) and each operation's threshold on its own source account (op_bad_auth), no unused
// signatures (tx_bad_auth_extra), a fee the source can pay above its reserve
// (tx_insufficient_balance), and one transaction per source account per ledger and a per-ledger
// operation cap (503 try-again-later, stellar-core's TRY_AGAIN_LATER).
//
// Once in a ledger its fee and sequence number are consumed and its operations are applied in order
// to a copy-on-write view: if any fails, the whole transaction fails (tx_failed with every
// operation's code) and only the fee and sequence number stick. Supported operations are the ones
// souq uses: CreateAccount, Payment, ChangeTrust, SetOptions (flags, thresholds, signers, home
// domain), SetTrustLineFlags, Begin/EndSponsoringFutureReserves, Create/Claim/Clawback
// ClaimableBalance and Clawback, with reserves (0.5 XLM base reserve, sponsorship counts),
// trustline authorization, limits, clawback flags and AUTH_IMMUTABLE. Anything else is
// op_not_supported.
//
// # Ledgers and persistence
//
// A submission is applied at once to the open ledger and the HTTP request returns when that ledger
// closes: on a timer (Config.LedgerInterval) or on CloseLedger. Every change is written to bbolt in
// the same transaction that applies it, so the ledger survives restarts.
//
// Known differences from Horizon: no fee-bump envelopes or soroban, no surge pricing (the fee
// charged is base fee × operations), account queries show the open ledger's applied state, and
// the problem type for TRY_AGAIN_LATER is "transaction_try_again_later" with HTTP 503.
package sandbox
