package index

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/rules"
)

// TestOpenRefuses checks that a file that is no index, or not one this
// padlint can read, is refused with its problem and left as it was.
func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	sqliteOf := func(stmts string) []byte { return dbFile(t, filepath.Join(dir, "other.db"), stmts) }
	tests := []struct {
		name string
		data []byte
		want Problem
	}{
		{"notes.txt", []byte("Titre : pas une base\n"), Foreign},
		{"other.db", sqliteOf("CREATE TABLE x (y); PRAGMA user_version = 3"), Foreign},
		{"newer.db", sqliteOf("PRAGMA application_id = 1346454604; PRAGMA user_version = 99"), Newer},
		{"damaged.db", damaged(t, dir), Damaged},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, "test-"+tt.name)
		if err := os.WriteFile(path, tt.data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Open(path, Options{Create: true})
		var ie *Error
		if !errors.As(err, &ie) || ie.Problem != tt.want || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: %v, want problem %d naming the file", tt.name, err, tt.want)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(after, tt.data) {
			t.Errorf("%s: the file was changed", tt.name)
		}
	}
	_, err := Open(filepath.Join(dir, "none.db"), Options{})
	if !strings.Contains(errText(err), "padlint index") {
		t.Errorf("no index: %v, want it to say how to build one", err)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// dbFile makes a SQLite file with stmts and returns what it holds.
func dbFile(t *testing.T, path string, stmts string) []byte {
	os.Remove(path)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(stmts); err != nil {
		t.Fatal(err)
	}
	db.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// damaged returns an index whose pages after the first are overwritten.
func damaged(t *testing.T, dir string) []byte {
	idx, err := Open(filepath.Join(dir, "good.db"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	idx.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "good.db"))
	for i := 100; i < len(data); i++ {
		data[i] = 0xAB
	}
	return data
}

// TestBusy checks that a writer that waits too long for another one gets
// a clear "busy" error, and that reading does not wait.
func TestBusy(t *testing.T) {
	idx := examples(t)
	other, err := Open(idx.Path(), Options{Wait: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := idx.db.Begin() // holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if res := find(t, other, "#communs", Filter{}); res.Total == 0 {
		t.Error("reading found nothing while another writes")
	}
	u, err := other.Updater()
	if err != nil {
		t.Fatal(err)
	}
	dir := copyPads(t)
	write(t, filepath.Join(dir, "new.txt"), "Title: new\n")
	opt := lint.Options{Config: rules.Default(), FailOn: rules.Error, Cache: u}
	_, err = u.Update(context.Background(), dir, lint.Run(context.Background(), []string{dir}, opt))
	var ie *Error
	if !errors.As(err, &ie) || ie.Problem != Busy || !strings.Contains(err.Error(), "busy") {
		t.Errorf("writing while another writes: %v, want a busy error", err)
	}
}
