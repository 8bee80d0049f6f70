//go:build unix

package cputime

import (
	"runtime"
	"syscall"
)

// MaxRSS is the process's peak resident set in bytes (getrusage's ru_maxrss); 0 if it cannot be read.
func MaxRSS() uint64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil || ru.Maxrss < 0 {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return uint64(ru.Maxrss) // bytes there, kilobytes elsewhere
	}
	return uint64(ru.Maxrss) << 10
}
