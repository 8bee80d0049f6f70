package main

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// assertConformsToOpenAPI fetches each path from a running souq (with the bearer key when not
// "") and checks the answer against the OpenAPI description it serves: the server's tests check
// the handlers over a fake log, this checks the real log's documents through the wiring.
func assertConformsToOpenAPI(t *testing.T, base, key string, paths ...string) {
	t.Helper()
	ctx := context.Background()
	resp, err := http.Get(base + "/api/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(raw)
	if err != nil {
		t.Fatal(err)
	}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+p, nil)
		if key != "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Errorf("GET %s: not in the description: %v", p, err)
			continue
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.StatusCode, Header: resp.Header,
			Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}}
		out.SetBodyBytes(body)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s %s", p, resp.Status, body)
		} else if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
			t.Errorf("GET %s: the answer does not conform to the description: %v\n%.300s", p, err, body)
		}
	}
}
