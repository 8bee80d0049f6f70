// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title souq TestToken
/// @notice A USDC-like test token (6 decimals, EIP-2612 permit) for the dev chain and tests. Anyone can
/// mint: it is worth nothing and must never be deployed to a real network.
contract TestToken is ERC20Permit {
    /// @param name_ token name, also the EIP-712 domain name of its permits
    /// @param symbol_ token symbol
    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) ERC20Permit(name_) {}

    /// @notice Six decimals, like USDC.
    /// @return 6
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints test tokens to `to`: a faucet for the dev chain.
    /// @param to recipient
    /// @param amount amount in the smallest unit
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
