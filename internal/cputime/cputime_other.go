//go:build !unix

package cputime

import "time"

// Process is not measured on this platform: always 0.
func Process() time.Duration { return 0 }

// MaxRSS is not measured on this platform: always 0.
func MaxRSS() uint64 { return 0 }
