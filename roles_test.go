package souq_test

import (
	"slices"
	"testing"

	"github.com/souqchain/souq"
)

func TestRoles(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	roles := func(user souq.WaID) []souq.Role {
		t.Helper()
		rs, err := h.svc.Roles(ctx(), actor(user))
		h.must(err)
		return rs
	}
	if rs := roles(merchant); len(rs) != 0 {
		t.Fatalf("newcomer: %v", rs)
	}
	h.setup(nil)
	if rs := roles(merchant); !slices.Equal(rs, []souq.Role{souq.RoleMerchant}) {
		t.Fatalf("registered merchant without orders: %v", rs)
	}
	h.offer(money(usdc, "30"))
	if rs := roles(customer); !slices.Equal(rs, []souq.Role{souq.RoleCustomer}) {
		t.Fatalf("customer with an offer: %v", rs)
	}
	if rs := roles(stranger); len(rs) != 0 {
		t.Fatalf("stranger: %v", rs)
	}
}
