// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

/// @title souq EventAnchor
/// @notice Witnesses the checkpoints of souq's transparency log (a C2SP tlog: RFC 6962 Merkle tree of
/// SHA-256 record hashes): each checkpoint is the tree's size and root hash, recorded in a Checkpoint
/// event that any explorer decodes. Sizes only ever grow, so the chain holds one ordered list of
/// checkpoints; an auditor checks an event by an inclusion proof to an anchored root, and that the log
/// was only ever appended to by consistency proofs between anchored roots.
/// @dev Only the size is kept in storage, packed with the anchorer into one slot, so an anchor costs one
/// storage read, one storage write and one log (under 30,000 gas): the roots live in the event logs,
/// which the block's receipts root commits to.
contract EventAnchor is Ownable2Step {
    /// @notice The only account allowed to anchor checkpoints.
    address public anchorer;
    /// @notice Size (number of records) of the last anchored checkpoint; 0 before the first.
    uint64 public size;

    /// @notice The log had `size` records and the root hash `root` (RFC 6962 Merkle tree hash).
    /// @param size number of records in the log at this checkpoint, larger than every earlier one
    /// @param root the log's Merkle tree hash at that size
    event Checkpoint(uint64 indexed size, bytes32 indexed root);
    /// @notice The account allowed to anchor changed (key rotation).
    /// @param anchorer the new anchorer
    event AnchorerChanged(address anchorer);

    /// @notice The caller is not the anchorer.
    /// @param caller the account that tried to anchor
    error NotAnchorer(address caller);
    /// @notice A checkpoint must be larger than the last one: a log never shrinks or stands still.
    /// @param last size of the last anchored checkpoint
    /// @param got the refused size
    error NotGrowing(uint64 last, uint64 got);
    /// @notice A zero root names no tree.
    error ZeroRoot();
    /// @notice The anchorer cannot be the zero address.
    error ZeroAddress();

    /// @param initialOwner may change the anchorer
    /// @param initialAnchorer the account that anchors checkpoints
    constructor(address initialOwner, address initialAnchorer) Ownable(initialOwner) {
        _setAnchorer(initialAnchorer);
    }

    /// @notice Records the checkpoint (`newSize`, `newRoot`) of the log.
    /// @param newSize the log's size, larger than the last anchored size
    /// @param newRoot the log's Merkle tree hash at newSize, not zero
    function anchor(uint64 newSize, bytes32 newRoot) external {
        uint64 last = size; // the same slot as anchorer: one read
        if (msg.sender != anchorer) revert NotAnchorer(msg.sender);
        if (newRoot == bytes32(0)) revert ZeroRoot();
        if (newSize <= last) revert NotGrowing(last, newSize);
        size = newSize;
        emit Checkpoint(newSize, newRoot);
    }

    /// @notice Changes the account allowed to anchor (key rotation).
    /// @param newAnchorer the new anchorer, not zero
    function setAnchorer(address newAnchorer) external onlyOwner {
        _setAnchorer(newAnchorer);
    }

    function _setAnchorer(address newAnchorer) private {
        if (newAnchorer == address(0)) revert ZeroAddress();
        anchorer = newAnchorer;
        emit AnchorerChanged(newAnchorer);
    }
}
