// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Escrow} from "../Escrow.sol";

/// @notice Takes a 1% cut of every transfer: the escrow must refuse it.
contract FeeOnTransferToken is ERC20("Fee", "FEE") {
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 cut = value / 100;
            super._update(from, address(0xdead), cut);
            value -= cut;
        }
        super._update(from, to, value);
    }
}

/// @notice A token whose transfer to a chosen victim re-enters the escrow, or reverts (a blocklist).
contract HostileToken is ERC20("Hostile", "HST") {
    Escrow public escrow;
    bytes public reentryCall;
    address public target;
    bool public blockTarget;
    bool public reentered;
    bool public reentrySucceeded;

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(Escrow escrow_, address target_, bytes calldata call_, bool block_) external {
        escrow = escrow_;
        target = target_;
        reentryCall = call_;
        blockTarget = block_;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (to == target && from == address(escrow) && address(escrow) != address(0)) {
            if (blockTarget) revert("blocked");
            if (reentryCall.length > 0 && !reentered) {
                reentered = true;
                (bool ok,) = address(escrow).call(reentryCall);
                reentrySucceeded = ok;
            }
        }
        super._update(from, to, value);
    }
}

/// @notice A seller or buyer contract whose receive() re-enters the escrow, burns gas, or reverts.
contract HostileReceiver {
    enum Mode {
        Revert,
        Reenter,
        BurnGas
    }

    Escrow public immutable escrow;
    Mode public mode;
    bytes public reentryCall;
    bool public reentrySucceeded;

    constructor(Escrow escrow_) {
        escrow = escrow_;
    }

    function setMode(Mode mode_, bytes calldata call_) external {
        mode = mode_;
        reentryCall = call_;
    }

    /// @notice Calls the escrow as this contract (e.g. as buyer or seller).
    function act(bytes calldata data) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = address(escrow).call{value: msg.value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    receive() external payable {
        if (mode == Mode.Revert) revert("no ETH");
        if (mode == Mode.Reenter) {
            (bool ok,) = address(escrow).call(reentryCall);
            reentrySucceeded = ok;
            return;
        }
        while (true) {} // BurnGas
    }
}

/// @notice An ERC-1271 smart-contract attester that accepts its owner's ECDSA signatures.
contract ContractAttester is IERC1271 {
    address public immutable owner;

    constructor(address owner_) {
        owner = owner_;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address signer,,) = ECDSA.tryRecoverCalldata(hash, signature);
        return signer == owner ? IERC1271.isValidSignature.selector : bytes4(0xffffffff);
    }
}
