// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title souq EventAnchor
/// @notice Records Merkle roots of souq's event journal, one root per batch of consecutive events, so an
/// auditor can check any order, delivery or refund event against the chain alone.
/// @dev A leaf is keccak256(bytes.concat(keccak256(abi.encode(seq, eventHash)))): hashed twice, as
/// OpenZeppelin's MerkleProof and merkle-tree library expect, and bound to the event's sequence number.
/// Batches must cover the journal without gaps or overlaps: each starts where the previous one ended.
contract EventAnchor is Ownable2Step {
    /// @notice A recorded batch (one storage slot).
    /// @param firstSeq sequence number of the batch's first event
    /// @param count number of events in the batch
    /// @param anchoredAt block timestamp of the anchoring
    /// @param index position of the batch, from 0
    struct Batch {
        uint64 firstSeq;
        uint64 count;
        uint64 anchoredAt;
        uint64 index;
    }

    /// @notice The only account allowed to anchor.
    address public anchorer;
    /// @notice Sequence number the next batch must start at.
    uint64 public nextSeq;
    /// @notice Number of batches anchored so far.
    uint32 public batchCount;

    /// @notice Batches by Merkle root.
    mapping(bytes32 root => Batch) public batches;

    /// @notice A batch of `count` events starting at `firstSeq` was anchored under `root`.
    event Anchored(bytes32 indexed root, uint256 indexed index, uint64 firstSeq, uint64 count);
    /// @notice The anchorer changed.
    event AnchorerChanged(address anchorer);

    error NotAnchorer();
    error EmptyBatch();
    error ZeroRoot();
    error SequenceGap(uint64 expected, uint64 got);
    error RootExists(bytes32 root);
    error ZeroAddress();

    /// @param initialOwner may change the anchorer
    /// @param initialAnchorer the account that anchors batches
    constructor(address initialOwner, address initialAnchorer) Ownable(initialOwner) {
        _setAnchorer(initialAnchorer);
    }

    /// @notice Records the Merkle root of `count` consecutive journal events starting at `firstSeq`.
    /// @param root the Merkle root (OpenZeppelin MerkleProof compatible, double-hashed leaves)
    /// @param firstSeq must equal nextSeq: no gaps, no overlaps
    /// @param count number of events in the batch, at least one
    function anchor(bytes32 root, uint64 firstSeq, uint64 count) external {
        if (msg.sender != anchorer) revert NotAnchorer();
        if (count == 0) revert EmptyBatch();
        if (root == bytes32(0)) revert ZeroRoot();
        uint64 expected = nextSeq;
        if (firstSeq != expected) revert SequenceGap(expected, firstSeq);
        Batch storage b = batches[root];
        if (b.count != 0) revert RootExists(root);
        uint32 index = batchCount;
        nextSeq = expected + count;
        batchCount = index + 1;
        b.firstSeq = firstSeq;
        b.count = count;
        b.anchoredAt = uint64(block.timestamp);
        b.index = index;
        emit Anchored(root, index, firstSeq, count);
    }

    /// @notice Whether the event with sequence number `seq` and hash `eventHash` is in the batch anchored
    /// under `root`, given its Merkle proof.
    /// @param root a recorded batch root
    /// @param seq the event's sequence number; must lie in the batch's range
    /// @param eventHash the hash of the event's canonical bytes
    /// @param proof the sibling hashes from the leaf up to the root
    /// @return true when the batch exists, covers seq, and the proof leads from the leaf to root
    function verify(bytes32 root, uint64 seq, bytes32 eventHash, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        Batch memory b = batches[root];
        if (b.count == 0 || seq < b.firstSeq || seq - b.firstSeq >= b.count) return false;
        return MerkleProof.verifyCalldata(proof, root, leaf(seq, eventHash));
    }

    /// @notice The Merkle leaf of an event.
    /// @param seq the event's sequence number
    /// @param eventHash the hash of the event's canonical bytes
    /// @return the double-hashed leaf
    function leaf(uint64 seq, bytes32 eventHash) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(seq, eventHash))));
    }

    /// @notice Changes the account allowed to anchor (key rotation).
    /// @param newAnchorer the new anchorer
    function setAnchorer(address newAnchorer) external onlyOwner {
        _setAnchorer(newAnchorer);
    }

    function _setAnchorer(address newAnchorer) private {
        if (newAnchorer == address(0)) revert ZeroAddress();
        anchorer = newAnchorer;
        emit AnchorerChanged(newAnchorer);
    }
}
