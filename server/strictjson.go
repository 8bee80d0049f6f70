package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode"
)

// Strict JSON. Every API body is decoded by decodeStrict: one JSON object, nothing after it, no
// key twice in any object, no field the route does not describe. Loose JSON on money endpoints is
// how a proxy, a log or a second parser ends up reading a different request than the one applied
// (the first of two concatenated objects, the last of two "total" keys). encoding/json alone
// accepts duplicate keys (the last wins), so a token walk rejects them first. Error messages name
// the JSON field and what was wrong, never a Go type.

// errBadJSON wraps every strict-decoding failure; its message is safe to show to the client.
var errBadJSON = errors.New("invalid JSON body")

func badJSON(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errBadJSON, fmt.Sprintf(format, args...))
}

// decodeStrict decodes body into v (a pointer to a struct).
func decodeStrict(body []byte, v any) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return badJSON("the body is empty; send a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return syntaxErr(err, dec)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return badJSON("the body must be a JSON object")
	}
	if err := checkObject(dec, ""); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return badJSON("unexpected data after the JSON object at byte %d", dec.InputOffset())
	}
	strict := json.NewDecoder(bytes.NewReader(body))
	strict.DisallowUnknownFields()
	if err := strict.Decode(v); err != nil {
		return decodeErr(err)
	}
	return nil
}

// checkObject walks an object whose '{' was just read, rejecting duplicate keys at every depth.
func checkObject(dec *json.Decoder, path string) error {
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return syntaxErr(err, dec)
		}
		key, ok := tok.(string)
		if !ok {
			return badJSON("object key expected at byte %d", dec.InputOffset())
		}
		// encoding/json matches keys to fields case-insensitively (Unicode folding: "TOTAL", even
		// "ſ" for "s"), so two keys that fold alike are two values for one field.
		fk := foldKey(key)
		if seen[fk] {
			return badJSON("duplicate key %q", join(path, key))
		}
		seen[fk] = true
		if err := checkValue(dec, join(path, key)); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return syntaxErr(err, dec)
	}
	return nil
}

func checkValue(dec *json.Decoder, path string) error {
	tok, err := dec.Token()
	if err != nil {
		return syntaxErr(err, dec)
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	switch d {
	case '{':
		return checkObject(dec, path)
	case '[':
		for i := 0; dec.More(); i++ {
			if err := checkValue(dec, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			return syntaxErr(err, dec)
		}
	}
	return nil
}

// foldKey maps every rune to the smallest of its Unicode simple-folding orbit: two keys get the
// same foldKey exactly when bytes.EqualFold (what encoding/json matches fields with) says equal.
func foldKey(k string) string {
	var b strings.Builder
	for _, r := range k {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		b.WriteRune(m)
	}
	return b.String()
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func syntaxErr(err error, dec *json.Decoder) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return badJSON("the JSON ends early")
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return badJSON("malformed JSON at byte %d", se.Offset)
	}
	return badJSON("malformed JSON at byte %d", dec.InputOffset())
}

// decodeErr turns encoding/json's errors (which name Go types) into messages about the JSON.
func decodeErr(err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		field := te.Field
		if field == "" {
			field = "the body"
		}
		return badJSON("%s must be %s, not a %s", field, kindName(te.Type), te.Value)
	case errors.As(err, &se):
		return badJSON("malformed JSON at byte %d", se.Offset)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return badJSON("%s is not a field of this request", strings.TrimPrefix(err.Error(), "json: "))
	}
	return badJSON("the body does not match this request's fields")
}

func kindName(t reflect.Type) string {
	if t == nil {
		return "another type"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "another type"
}
