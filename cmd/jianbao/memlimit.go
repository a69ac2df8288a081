package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// Soft memory limit for a build (issue 14). Under the default GOGC=100 the Go runtime lets
// the heap grow to twice what is live before collecting, and rendering a large input peaked
// at more than twice its live memory. Once the input is loaded and the report model built,
// the live heap tells how large the run is; the limit set then lets the heap reach
// memLimitFactor times it (at least memLimitFloor), and the collector works harder instead of
// letting the heap grow further. It is a soft limit: a run whose live memory grows past it is
// not stopped, the collector only runs more often (the runtime bounds the time it takes). A
// user who sets GOMEMLIMIT or GOGC decides for themselves.
//
// The factor is a trade of memory for collector time, measured on 100,000 generated articles
// of realistic length (a live heap of some 230 MB after loading, up to 420 MB while the PDF is
// set): 2.5 gave a peak resident memory of 663 MB and 75 collections, 2.1 gives 580 MB and 93
// collections, some 3 s more CPU time over a run of about 35 s. Runs whose live heap is under
// 120 MB are under the floor and keep the runtime's defaults.
const (
	memLimitFloor  = 256 << 20 // never below this: small runs keep the runtime's defaults
	memLimitFactor = 2.1       // limit = factor × live heap after loading
)

// loadGCPercent is the collector's setting (GOGC) while the inputs are read and the model is
// built. All that time the live heap grows (every article's text is kept), and at the default
// 100 the heap reached twice the largest live heap before the limit for rendering was set: some
// 880 MB of resident memory for 100,000 articles. At 50 the heap grows to one and a half times
// the live heap, for some more collections while reading.
const loadGCPercent = 50

// userTuned reports whether the user set GOMEMLIMIT or GOGC, which are then left alone.
func userTuned() bool { return os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" }

// collectWhileLoading sets the collector to loadGCPercent for reading the inputs, unless the
// user tuned it; limitMemory sets it back to the default.
func collectWhileLoading() {
	if !userTuned() {
		debug.SetGCPercent(loadGCPercent)
	}
}

// limitMemory sets the soft memory limit from the live heap (after a collection), and the
// collector back to its default setting, unless GOMEMLIMIT or GOGC is set in the environment.
// It returns the limit set, or 0.
func limitMemory() int64 {
	if userTuned() {
		return 0
	}
	debug.SetGCPercent(100)
	runtime.GC() // the live heap now, and the reading's garbage freed before rendering
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	limit := memoryLimitFor(s[0].Value.Uint64())
	debug.SetMemoryLimit(limit)
	return limit
}

// memoryLimitFor is the soft limit for a run whose live heap after loading is live bytes.
func memoryLimitFor(live uint64) int64 {
	return max(int64(memLimitFactor*float64(live)), memLimitFloor)
}
