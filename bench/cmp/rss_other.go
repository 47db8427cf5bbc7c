//go:build !unix

package main

import "os"

// peakRSS is unknown where getrusage does not exist.
func peakRSS(*os.ProcessState) (int64, bool) { return 0, false }
