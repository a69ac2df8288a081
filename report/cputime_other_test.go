//go:build !unix

package report

import "time"

// processCPU is not known on this system: benchmarks report 0 CPU time.
func processCPU() time.Duration { return 0 }
