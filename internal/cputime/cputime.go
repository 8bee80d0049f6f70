// Package cputime reads how much CPU time the process has used, for benchmarks that report CPU
// per operation next to throughput (a figure that other load on the machine does not move).
package cputime
