package journal

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Key is the log's Ed25519 signing key as a C2SP signed-note key: its name is the log's origin.
type Key struct {
	signer   note.Signer
	verifier note.Verifier
	vkey     string
}

// GenerateKey makes a new log key for origin (e.g. "souq.example/log"); skey is the secret
// ("PRIVATE+KEY+…", keep it like a private key), vkey the public verifier key auditors pin.
func GenerateKey(origin string) (skey, vkey string, err error) {
	return note.GenerateKey(rand.Reader, origin)
}

// ParseKey reads a signer key made by GenerateKey.
func ParseKey(skey string) (*Key, error) {
	s, err := note.NewSigner(strings.TrimSpace(skey))
	if err != nil {
		return nil, fmt.Errorf("journal: log key: %w", err)
	}
	// The verifier key is not in the signer key's text: derive it the way note does.
	vkey, err := verifierKey(strings.TrimSpace(skey))
	if err != nil {
		return nil, err
	}
	v, err := note.NewVerifier(vkey)
	if err != nil {
		return nil, fmt.Errorf("journal: log key: %w", err)
	}
	return &Key{signer: s, verifier: v, vkey: vkey}, nil
}

// LoadOrCreateKey reads the key at path, creating it (for origin, mode 0600) when missing: the
// embedded default's key kept in the data directory.
func LoadOrCreateKey(path, origin string) (*Key, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		skey, _, err := GenerateKey(origin)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, []byte(skey+"\n"), 0o600); err != nil {
			return nil, fmt.Errorf("journal: log key: %w", err)
		}
		return ParseKey(skey)
	}
	if err != nil {
		return nil, fmt.Errorf("journal: log key: %w", err)
	}
	return ParseKey(string(raw))
}

// Origin is the log's origin: the key's name and the first line of every checkpoint.
func (k *Key) Origin() string { return k.signer.Name() }

// VerifierKey is the public key auditors pin ("<origin>+<key id>+<base64 of 0x01 ‖ Ed25519 key>").
func (k *Key) VerifierKey() string { return k.vkey }

// Verifier checks signatures by this key.
func (k *Key) Verifier() note.Verifier { return k.verifier }

// verifierKey derives the verifier key from a note signer key ("PRIVATE+KEY+name+hash+base64",
// whose base64 is 0x01 ‖ Ed25519 seed).
func verifierKey(skey string) (string, error) {
	f := strings.SplitN(skey, "+", 5)
	if len(f) != 5 || f[0] != "PRIVATE" || f[1] != "KEY" {
		return "", errors.New("journal: log key: not a note signer key")
	}
	raw, err := base64.StdEncoding.DecodeString(f[4])
	if err != nil || len(raw) != 33 || raw[0] != 1 {
		return "", errors.New("journal: log key: not an Ed25519 note key")
	}
	return note.NewEd25519VerifierKey(f[2], ed25519.NewKeyFromSeed(raw[1:]).Public().(ed25519.PublicKey))
}

// Checkpoint is a C2SP tlog-checkpoint's body: the log's origin, size and root hash.
type Checkpoint struct {
	Origin string
	Size   uint64
	Root   tlog.Hash
}

// Text is the checkpoint note's text: "<origin>\n<size>\n<base64 root>\n".
func (c Checkpoint) Text() string {
	return fmt.Sprintf("%s\n%d\n%s\n", c.Origin, c.Size, base64.StdEncoding.EncodeToString(c.Root[:]))
}

// ErrBadCheckpoint is returned for a checkpoint that is not well formed.
var ErrBadCheckpoint = errors.New("journal: malformed checkpoint")

// ParseCheckpoint reads a checkpoint note's text (extension lines after the root are allowed
// and ignored, as C2SP tlog-checkpoint says).
func ParseCheckpoint(text string) (Checkpoint, error) {
	lines := strings.SplitAfter(text, "\n")
	if len(lines) < 4 || !strings.HasSuffix(text, "\n") {
		return Checkpoint{}, ErrBadCheckpoint
	}
	origin := strings.TrimSuffix(lines[0], "\n")
	sizeStr := strings.TrimSuffix(lines[1], "\n")
	size, err := strconv.ParseUint(sizeStr, 10, 64)
	if err != nil || origin == "" || strconv.FormatUint(size, 10) != sizeStr {
		return Checkpoint{}, ErrBadCheckpoint
	}
	root, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(lines[2], "\n"))
	if err != nil || len(root) != tlog.HashSize {
		return Checkpoint{}, ErrBadCheckpoint
	}
	return Checkpoint{Origin: origin, Size: size, Root: tlog.Hash(root)}, nil
}

// Sign returns the checkpoint as a signed note.
func (k *Key) Sign(c Checkpoint) ([]byte, error) {
	if c.Origin != k.Origin() {
		return nil, fmt.Errorf("journal: checkpoint of %q signed with the key of %q", c.Origin, k.Origin())
	}
	return note.Sign(&note.Note{Text: c.Text()}, k.signer)
}

// ErrBadSignature is returned for a checkpoint note not signed by the expected key.
var ErrBadSignature = errors.New("journal: checkpoint not signed by the log's key")

// OpenCheckpoint verifies a signed checkpoint note with the verifier key vkey and returns its
// checkpoint, whose origin must be the key's name.
func OpenCheckpoint(signed []byte, vkey string) (Checkpoint, error) {
	v, err := note.NewVerifier(vkey)
	if err != nil {
		return Checkpoint{}, fmt.Errorf("journal: verifier key: %w", err)
	}
	n, err := note.Open(signed, note.VerifierList(v))
	if err != nil {
		return Checkpoint{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	c, err := ParseCheckpoint(n.Text)
	if err != nil {
		return Checkpoint{}, err
	}
	if c.Origin != v.Name() {
		return Checkpoint{}, fmt.Errorf("%w: origin %q, key %q", ErrBadCheckpoint, c.Origin, v.Name())
	}
	return c, nil
}
