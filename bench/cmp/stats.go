package main

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

// summary is what the table shows for one command.
type summary struct {
	median, min, max time.Duration
	rss              int64
	rssSeen          bool
	output           int64
	exits            string
}

// summarize reduces the samples of each command.
func summarize(samples [][]sample) []summary {
	sums := make([]summary, len(samples))
	for i, runs := range samples {
		sums[i] = summarizeRuns(runs)
	}
	return sums
}

// summarizeRuns reduces the samples of one command.
func summarizeRuns(runs []sample) summary {
	walls := make([]time.Duration, len(runs))
	var s summary
	exits := map[int]bool{}
	for i, r := range runs {
		walls[i] = r.wall
		s.rss, s.rssSeen = max(s.rss, r.rss), s.rssSeen || r.rssSeen
		s.output = max(s.output, r.output)
		exits[r.exit] = true
	}
	slices.Sort(walls)
	s.median, s.min, s.max = median(walls), walls[0], walls[len(walls)-1]
	s.exits = joinCodes(exits)
	return s
}

// median returns the middle of sorted durations, or the mean of the two middle ones.
func median(sorted []time.Duration) time.Duration {
	mid := len(sorted) / 2
	if len(sorted)%2 == 1 {
		return sorted[mid]
	}
	return (sorted[mid-1] + sorted[mid]) / 2
}

// joinCodes writes the exit codes seen, in order, separated by slashes.
func joinCodes(codes map[int]bool) string {
	var list []string
	for _, code := range slices.Sorted(maps.Keys(codes)) {
		list = append(list, strconv.Itoa(code))
	}
	return strings.Join(list, "/")
}
