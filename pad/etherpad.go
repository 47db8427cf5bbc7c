package pad

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrNotEtherpad is the error for a file named .etherpad that is not one of
// Etherpad's exports; it wraps the JSON error, when there is one.
var ErrNotEtherpad = errors.New("not an .etherpad export")

// etherpadText returns the text of the pad in an .etherpad export, a JSON
// object whose "pad:NAME" entry holds the current text as atext.text.
func etherpadText(data string) (string, error) {
	var export map[string]json.RawMessage
	if err := json.Unmarshal([]byte(data), &export); err != nil {
		return "", fmt.Errorf("%w: %w", ErrNotEtherpad, err)
	}
	var keys []string
	for k := range export {
		if strings.HasPrefix(k, "pad:") && strings.Count(k, ":") == 1 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return "", fmt.Errorf(`%w: no "pad:NAME" entry`, ErrNotEtherpad)
	}
	slices.Sort(keys)
	var pad struct {
		AText struct{ Text string } `json:"atext"`
	}
	if err := json.Unmarshal(export[keys[0]], &pad); err != nil {
		return "", fmt.Errorf("%w: %w", ErrNotEtherpad, err)
	}
	return lineMarkers(pad.AText.Text), nil
}

// lineMarkers turns the '*' Etherpad puts at the start of list and heading
// lines into a list marker the text parser knows.
func lineMarkers(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "*") && !strings.HasPrefix(l, "* ") {
			lines[i] = "* " + l[1:]
		}
	}
	return strings.Join(lines, "\n")
}
