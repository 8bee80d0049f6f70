package journal

import (
	"bytes"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// HashPair is OpenZeppelin's commutative keccak256 of two nodes (smaller first).
func HashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Tree is a Merkle tree over leaves in order; a level with an odd count carries its last node up.
type Tree struct {
	levels [][]common.Hash // levels[0] = leaves, last = [root]
}

// NewTree builds the tree of leaves (at least one).
func NewTree(leaves []common.Hash) *Tree {
	lv := [][]common.Hash{append([]common.Hash(nil), leaves...)}
	for cur := lv[0]; len(cur) > 1; {
		next := make([]common.Hash, 0, (len(cur)+1)/2)
		for i := 0; i < len(cur); i += 2 {
			if i+1 < len(cur) {
				next = append(next, HashPair(cur[i], cur[i+1]))
			} else {
				next = append(next, cur[i])
			}
		}
		lv = append(lv, next)
		cur = next
	}
	return &Tree{levels: lv}
}

// Root is the tree's root.
func (t *Tree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Proof returns the sibling hashes from leaf i up to the root, as MerkleProof.verify expects.
func (t *Tree) Proof(i int) []common.Hash {
	var p []common.Hash
	for _, lv := range t.levels[:len(t.levels)-1] {
		sib := i ^ 1
		if sib < len(lv) {
			p = append(p, lv[sib])
		}
		i /= 2
	}
	return p
}

// ProcessProof is MerkleProof.processProof: the root reached from leaf through proof.
func ProcessProof(proof []common.Hash, leaf common.Hash) common.Hash {
	h := leaf
	for _, p := range proof {
		h = HashPair(h, p)
	}
	return h
}

// ProofLen is how many siblings the proof of leaf i has in a tree of n leaves.
func ProofLen(n, i int) int {
	l := 0
	for n > 1 {
		if i^1 < n {
			l++
		}
		n = (n + 1) / 2
		i /= 2
	}
	return l
}
