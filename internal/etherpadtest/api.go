package etherpadtest

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"testing"
	"time"
)

// APIVersion is the version of the HTTP API that Call uses, the latest one
// that Etherpad 1.8.14 serves.
const APIVersion = "1.2.15"

// apiClient calls the HTTP API.
var apiClient = &http.Client{Timeout: 30 * time.Second}

// PadURL returns the address of pad name, as a browser opens it. Exports
// are at PadURL(name)+"/export/txt" (or html, etherpad). Etherpad 1.8
// redirects badly for names with spaces: keep names to letters, digits,
// "-" and "_".
func (s *Server) PadURL(name string) string {
	return s.URL + "/p/" + url.PathEscape(name)
}

// CreatePad creates pad name holding text, exactly: the pad's text, as
// getText and the TXT export give it, is text if text ends with "\n", and
// text+"\n" otherwise (an Etherpad pad always ends with a newline).
//
// Like every write through the API, Etherpad stores "\r\n" and "\r" as
// "\n", a tab as 8 spaces and U+00A0 as a plain space.
//
// CreatePad calls createPad, then setText: createPad with a text would
// insert it before the pad's own final newline, which leaves an empty last
// line when text ends with "\n".
func (s *Server) CreatePad(t testing.TB, name, text string) {
	t.Helper()
	s.Call(t, "createPad", url.Values{"padID": {name}})
	s.SetText(t, name, text)
}

// SetText replaces the text of pad name, with the same result as
// CreatePad.
func (s *Server) SetText(t testing.TB, name, text string) {
	t.Helper()
	s.Call(t, "setText", url.Values{"padID": {name}, "text": {text}})
}

// SetHTML replaces the content of pad name with html, imported as Etherpad
// imports a file: the pad then ends with an empty line.
func (s *Server) SetHTML(t testing.TB, name, html string) {
	t.Helper()
	s.Call(t, "setHTML", url.Values{"padID": {name}, "html": {html}})
}

// Text returns the text of pad name, from getText.
func (s *Server) Text(t testing.TB, name string) string {
	t.Helper()
	var data struct {
		Text string `json:"text"`
	}
	raw := s.Call(t, "getText", url.Values{"padID": {name}})
	if err := json.Unmarshal(raw, &data); err != nil {
		t.Fatalf("getText %s: decoding %s: %v", name, raw, err)
	}
	return data.Text
}

// Call calls function fn of the HTTP API with params, the API key added,
// and returns the "data" of the answer. It fails the test unless the
// answer's code is 0 (note that Etherpad 1.8 answers HTTP 200 with code 1
// for a pad that does not exist).
func (s *Server) Call(t testing.TB, fn string, params url.Values) json.RawMessage {
	t.Helper()
	data, err := s.call(fn, params)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// envelope is the shape of every answer of the HTTP API.
type envelope struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data"`
}

// call posts params and the API key as a form to /api/APIVersion/fn. The
// key is in the body, so it shows in no error.
func (s *Server) call(fn string, params url.Values) (json.RawMessage, error) {
	form := url.Values{}
	maps.Copy(form, params)
	form.Set("apikey", s.APIKey)
	resp, err := apiClient.PostForm(s.URL+"/api/"+APIVersion+"/"+fn, form)
	if err != nil {
		return nil, fmt.Errorf("API %s: %w", fn, err)
	}
	defer resp.Body.Close()
	data, err := decodeAnswer(resp)
	if err != nil {
		return nil, fmt.Errorf("API %s: %w", fn, err)
	}
	return data, nil
}

// decodeAnswer returns the data of an answer of the API whose code is 0.
func decodeAnswer(resp *http.Response) (json.RawMessage, error) {
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("reading the answer: %w", err)
	}
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, fmt.Errorf("HTTP %d, not JSON: %.200q", resp.StatusCode, body)
	}
	if env.Code != 0 {
		return nil, fmt.Errorf("HTTP %d, code %d: %s", resp.StatusCode, env.Code, env.Message)
	}
	return env.Data, nil
}
