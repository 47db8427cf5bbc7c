package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/spf13/pflag"
)

// fetchOptions are the flags of the commands that fetch pads from servers.
type fetchOptions struct {
	apiKeyFile      string
	oauthClientID   string
	oauthSecretFile string
	all             bool
	follow          int
	allowHosts      []string
}

// addFlags adds the flags, following links follow levels deep by default.
func (o *fetchOptions) addFlags(flags *pflag.FlagSet, follow int) {
	o.addKeyFlags(flags)
	flags.BoolVar(&o.all, "all", false, "read every pad of the server at the address given (needs its API key)")
	flags.IntVar(&o.follow, "follow", follow, "also read the pads they link to, `N` levels deep")
	flags.StringSliceVar(&o.allowHosts, "allow-host", nil, "a server `HOST` (on ports 80 and 443) or HOST:PORT that links and redirects may lead to, besides the sources' own (repeat, or separate with commas)")
}

// addKeyFlags adds the flags that give the key of a server.
func (o *fetchOptions) addKeyFlags(flags *pflag.FlagSet) {
	flags.StringVar(&o.apiKeyFile, "api-key-file", "", "read the server's API key from `FILE` (or set PADLINT_API_KEY): pads are then read through its API")
	flags.StringVar(&o.oauthClientID, "oauth-client-id", "", "the `ID` of an OAuth2 client of an Etherpad 2 server, instead of a key; its secret in --oauth-secret-file or PADLINT_OAUTH_SECRET")
	flags.StringVar(&o.oauthSecretFile, "oauth-secret-file", "", "read the OAuth2 client's secret from `FILE`")
}

// applyFetch checks the flags and sets how opt fetches the pads of sources.
func (a *app) applyFetch(o *fetchOptions, sources []string, opt *lint.Options) error {
	if err := o.check(sources); err != nil {
		return err
	}
	reach, err := fetch.Reach(sources, o.allowHosts)
	if err != nil {
		return err
	}
	client := fetch.New("padlint/"+buildVersion(), 30*time.Second).WithReach(reach)
	creds, err := a.credentials(o, sources)
	if err != nil {
		return err
	}
	if creds != nil {
		client.WithCredentials(*creds)
	}
	opt.Fetch, opt.All, opt.Follow, opt.Reach = client, o.all, o.follow, reach
	return nil
}

func (o *fetchOptions) check(sources []string) error {
	switch {
	case o.follow < 0:
		return fmt.Errorf("--follow %d: give how many levels of links to follow, 1 or more", o.follow)
	case o.all && o.follow > 0:
		return errors.New("--all already reads every pad of the server: --follow would add nothing")
	case o.all && !slices.ContainsFunc(sources, fetch.IsURL):
		return errors.New("--all reads every pad of a server: give its address (padlint lint --all https://HOST/)")
	}
	return nil
}

// credentials returns the key (or OAuth2 client) given, bound to the one
// server of the sources, or nil when none is given. A server is a scheme,
// a host and a port: the same host over http, or on another port, is
// another server, which the key does not open.
func (a *app) credentials(o *fetchOptions, sources []string) (*fetch.Credentials, error) {
	creds, err := a.secrets(o)
	if creds == nil || err != nil {
		return nil, err
	}
	servers := servers(sources)
	if len(servers) > 1 {
		shown := slices.Sorted(maps.Values(servers))
		return nil, fmt.Errorf("a key opens one server, and these pads are on %s: read each server's pads in a run of its own", strings.Join(shown, ", "))
	}
	for origin := range servers {
		creds.Origin = origin
	}
	return creds, nil
}

// servers returns the servers that sources name: their origins, each
// with the server as the sources write it (scheme://HOST[:PORT]).
func servers(sources []string) map[string]string {
	servers := map[string]string{}
	for _, src := range sources {
		if server, err := fetch.ParseServer(src); err == nil {
			u, _ := url.Parse(server)
			servers[fetch.Origin(server)] = strings.ToLower(u.Scheme + "://" + u.Host)
		}
	}
	return servers
}

// secrets reads the API key, or the OAuth2 client's secret, from their file
// or the environment: never from the command line, which others can see.
func (a *app) secrets(o *fetchOptions) (*fetch.Credentials, error) {
	if o.oauthClientID != "" {
		secret, err := a.secret(o.oauthSecretFile, "PADLINT_OAUTH_SECRET", "--oauth-secret-file", "the OAuth2 client's secret")
		if err != nil {
			return nil, err
		}
		return &fetch.Credentials{ClientID: o.oauthClientID, ClientSecret: secret}, nil
	}
	if o.apiKeyFile == "" && a.getenv("PADLINT_API_KEY") == "" {
		return nil, nil
	}
	key, err := a.secret(o.apiKeyFile, "PADLINT_API_KEY", "--api-key-file", "the API key")
	if err != nil {
		return nil, err
	}
	return &fetch.Credentials{APIKey: key}, nil
}

// secret reads a secret from file, else from the environment variable.
func (a *app) secret(file, env, flag, what string) (string, error) {
	if file != "" {
		return readSecret(file, what)
	}
	if s := a.getenv(env); strings.TrimSpace(s) != "" {
		return alone(s, env, what)
	}
	return "", fmt.Errorf("padlint needs %s: give it with %s FILE or %s", what, flag, env)
}

// maxSecret is the size of the largest file of a key or a secret padlint
// reads: an Etherpad key is 64 characters, and no secret needs kilobytes.
const maxSecret = 4 << 10

// readSecret reads a file that holds a secret alone, on one line; its
// errors never show what the file holds.
func readSecret(file, what string) (string, error) {
	data, err := readSmall(file)
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var nf notSecretFile
	if errors.As(err, &nf) {
		err = fmt.Errorf("%w: give a file that holds %s alone", nf, what)
	}
	if err != nil {
		return "", fmt.Errorf("reading %s from %s: %w", what, file, err)
	}
	return alone(string(data), file, what)
}

// readSmall reads a small regular file. It looks before it opens: opening
// a named pipe waits for a writer, and a device (/dev/zero) never ends.
func readSmall(file string) ([]byte, error) {
	info, err := os.Stat(file)
	if err != nil {
		return nil, err
	}
	if err := secretFile(info); err != nil {
		return nil, err
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSecret+1)) // the file may have grown since
	if len(data) > maxSecret {
		return nil, notSecretFile(fmt.Sprintf("it holds more than %d bytes, more than a key or a secret needs", maxSecret))
	}
	return data, err
}

// notSecretFile says why a file cannot hold a key or a secret alone.
type notSecretFile string

func (e notSecretFile) Error() string { return string(e) }

// secretFile tells why info is not that of a file that can hold a secret.
func secretFile(info fs.FileInfo) error {
	switch {
	case !info.Mode().IsRegular():
		return notSecretFile("it is " + pad.FileKind(info.Mode()) + ", not a file")
	case info.Size() > maxSecret:
		return notSecretFile(fmt.Sprintf("it holds %d bytes, more than a key or a secret needs", info.Size()))
	}
	return nil
}

// alone returns the secret that s holds alone, on one line; where names
// the file or variable it comes from.
func alone(s, where, what string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "\r\n") {
		return "", fmt.Errorf("%s should hold %s alone, on one line", where, what)
	}
	return s, nil
}
