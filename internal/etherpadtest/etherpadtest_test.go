package etherpadtest_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/padlint/padlint/internal/etherpadtest"
)

func TestMain(m *testing.M) { etherpadtest.Main(m) }

// get fetches url and returns the response, its body read.
func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

// export fetches the export of pad name in format, and fails unless it
// answers 200.
func export(t *testing.T, srv *etherpadtest.Server, name, format string) string {
	t.Helper()
	resp, body := get(t, srv.PadURL(name)+"/export/"+format)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("export %s of %s: %s: %s", format, name, resp.Status, body)
	}
	return body
}

const frenchText = "Titre : Réunion à l'école\n" +
	"Étapes suivantes : café, crème brûlée — Noël & « ça »\n" +
	"Fin."

func TestCreatePadTextComesBackExactly(t *testing.T) {
	srv := etherpadtest.Shared(t)
	tests := []struct{ name, text, want string }{
		{"sans-fin-de-ligne", frenchText, frenchText + "\n"},
		{"avec-fin-de-ligne", frenchText + "\n", frenchText + "\n"},
		{"vide", "", "\n"},
		{"blancs", "a\tb\u00a0c\r\nd", "a        b c\nd\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv.CreatePad(t, tt.name, tt.text)
			if got := export(t, srv, tt.name, "txt"); got != tt.want {
				t.Errorf("export txt = %q, want %q", got, tt.want)
			}
			if got := srv.Text(t, tt.name); got != tt.want {
				t.Errorf("getText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSetTextReplacesText(t *testing.T) {
	srv := etherpadtest.Shared(t)
	srv.CreatePad(t, "remplace", "avant\n")
	srv.SetText(t, "remplace", "après")
	if got, want := srv.Text(t, "remplace"), "après\n"; got != want {
		t.Errorf("getText = %q, want %q", got, want)
	}
}

func TestSetHTMLExportsEscapedText(t *testing.T) {
	srv := etherpadtest.Shared(t)
	srv.CreatePad(t, "html-fr", "")
	srv.SetHTML(t, "html-fr",
		"<html><body><strong>Été</strong> à l'école &amp; au café<br>Fin</body></html>")
	got := export(t, srv, "html-fr", "html")
	want := "<strong>&#201;t&#233;</strong> &#224; l&#x27;&#233;cole &amp; au caf&#233;<br>Fin<br>"
	if !strings.Contains(got, want) {
		t.Errorf("export html = %q, want it to contain %q", got, want)
	}
	if got, want := srv.Text(t, "html-fr"), "Été à l'école & au café\nFin\n\n"; got != want {
		t.Errorf("getText = %q, want %q", got, want)
	}
}

func TestExportLimitAnswers429(t *testing.T) {
	t.Parallel()
	const limit = 10
	srv := etherpadtest.NewServer(t, etherpadtest.Options{ExportLimit: limit})
	srv.CreatePad(t, "limite", "texte")
	for range limit {
		export(t, srv, "limite", "txt")
	}
	resp, body := get(t, srv.PadURL("limite")+"/export/txt")
	if resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("export %d: %s, want 429: %s", limit+1, resp.Status, body)
	}
	if got, want := resp.Header.Get("Retry-After"), "90"; got != want {
		t.Errorf("Retry-After = %q, want %q", got, want)
	}
}

func TestStopEndsServer(t *testing.T) {
	t.Parallel()
	etherpadtest.Shared(t) // skips when Etherpad is not installed
	srv, err := etherpadtest.Start(etherpadtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	if resp, err := http.Get(srv.URL + "/api"); err == nil {
		resp.Body.Close()
		t.Errorf("GET /api after Stop: %s, want no answer", resp.Status)
	}
	if err := srv.Stop(); err != nil {
		t.Errorf("second Stop: %v", err)
	}
}

func TestStringHidesAPIKey(t *testing.T) {
	srv := etherpadtest.Shared(t)
	if s := srv.String(); strings.Contains(s, srv.APIKey) || !strings.Contains(s, srv.URL) {
		t.Errorf("String() = %q, want the URL and not the API key", s)
	}
}
