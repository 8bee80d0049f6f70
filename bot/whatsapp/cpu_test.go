//go:build unix

package whatsapp

import (
	"syscall"
	"time"
)

// processCPU is the user and system CPU time the process has used (benchmarks report it).
func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
