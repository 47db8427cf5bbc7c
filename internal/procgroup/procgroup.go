// Package procgroup runs an external program, and the processes it forks,
// as one process group, so that the tests can stop it whole: a real
// Etherpad (node and its children), a headless Chromium (its helpers).
package procgroup
