// Package bindings holds, one package per contract, the Go bindings abigen generates from the
// compiled contracts (`make bindings`; committed, and checked against a fresh abigen run by this
// directory's tests), plus the contracts' lifecycle tests and gas table.
package bindings
