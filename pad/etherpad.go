package pad

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
)

// etherpadText returns the text of the pad in an .etherpad export, a JSON
// object whose "pad:NAME" entry holds the current text as atext.text.
func etherpadText(data string) (string, error) {
	var export map[string]json.RawMessage
	if err := json.Unmarshal([]byte(data), &export); err != nil {
		return "", errors.New("not an .etherpad export: " + err.Error())
	}
	var keys []string
	for k := range export {
		if strings.HasPrefix(k, "pad:") && strings.Count(k, ":") == 1 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return "", errors.New(`not an .etherpad export: no "pad:NAME" entry`)
	}
	slices.Sort(keys)
	var pad struct {
		AText struct{ Text string } `json:"atext"`
	}
	if err := json.Unmarshal(export[keys[0]], &pad); err != nil {
		return "", errors.New("not an .etherpad export: " + err.Error())
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
