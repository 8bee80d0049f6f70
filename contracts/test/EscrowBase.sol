// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Escrow} from "../Escrow.sol";
import {TestToken} from "../TestToken.sol";
import {TestBase} from "./Vm.sol";

/// @notice Shared set-up for the Escrow tests: actors, a token, and helpers to build terms and sign.
abstract contract EscrowBase is TestBase {
    uint256 internal constant ATTESTER_KEY = 0xA77E57;
    uint256 internal constant BUYER_KEY = 0xB0B;
    uint16 internal constant FEE_BPS = 250; // 2.5%
    uint64 internal constant START = 1_750_000_000;
    uint32 internal constant DISPUTE_PERIOD = 14 days;

    Escrow internal escrow;
    TestToken internal usd;
    address internal owner = address(0x0E);
    address internal treasury = address(0x7E);
    address internal arbiter = address(0xA4);
    address internal seller = address(0x5E11E4);
    address internal buyer;
    address internal attester;

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    function setUp() public virtual {
        vm.warp(START);
        buyer = vm.addr(BUYER_KEY);
        attester = vm.addr(ATTESTER_KEY);
        escrow = new Escrow(owner, treasury, arbiter, FEE_BPS, DISPUTE_PERIOD);
        usd = new TestToken("Test USD", "TUSD");
        vm.deal(buyer, 1_000 ether);
        usd.mint(buyer, 1_000_000e6);
    }

    function ethTerms(uint256 amount) internal view returns (Escrow.Terms memory t) {
        t = Escrow.Terms({
            seller: seller,
            payee: seller,
            buyer: buyer,
            token: address(0),
            amount: amount,
            attester: attester,
            deliverBy: START + 7 days,
            inspectionPeriod: 2 days,
            offerHash: keccak256("offer-1")
        });
    }

    function tokenTerms(uint256 amount) internal view returns (Escrow.Terms memory t) {
        t = ethTerms(amount);
        t.token = address(usd);
    }

    function fundETH(Escrow.Terms memory t) internal returns (bytes32 id) {
        vm.prank(buyer);
        id = escrow.fundETH{value: t.amount}(t);
    }

    function fundToken(Escrow.Terms memory t) internal returns (bytes32 id) {
        vm.startPrank(buyer);
        usd.approve(address(escrow), t.amount);
        id = escrow.fundToken(t);
        vm.stopPrank();
    }

    /// @dev The EIP-712 digest computed independently of the contract, for any chain and contract.
    function deliveryDigest(uint256 chainId, address verifyingContract, bytes32 id, bytes32 proofHash, uint64 at)
        internal
        pure
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("souq Escrow"), keccak256("1"), chainId, verifyingContract)
        );
        bytes32 structHash = keccak256(
            abi.encode(keccak256("Delivery(bytes32 orderId,bytes32 proofHash,uint64 deliveredAt)"), id, proofHash, at)
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    function signDigest(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function signDelivery(bytes32 id, bytes32 proofHash, uint64 at) internal view returns (bytes memory) {
        return signDigest(ATTESTER_KEY, deliveryDigest(block.chainid, address(escrow), id, proofHash, at));
    }

    function status(bytes32 id) internal view returns (Escrow.Status st) {
        (st,,,,) = escrow.orders(id);
    }

    /// @dev Announces a change as the owner and applies it after CHANGE_DELAY, then returns the clock to
    /// where it was (so terms built from START stay valid).
    function setNow(Escrow.Setting what, uint256 value) internal {
        uint256 before = block.timestamp;
        vm.startPrank(owner);
        if (what == Escrow.Setting.Fee) escrow.proposeFee(uint16(value));
        else if (what == Escrow.Setting.Treasury) escrow.proposeTreasury(address(uint160(value)));
        else if (what == Escrow.Setting.Arbiter) escrow.proposeArbiter(address(uint160(value)));
        else escrow.proposeDisputePeriod(uint32(value));
        vm.stopPrank();
        vm.warp(before + escrow.CHANGE_DELAY());
        escrow.applyChange(what);
        vm.warp(before);
    }

    function fee(uint256 amount) internal pure returns (uint256) {
        return amount * FEE_BPS / 10_000;
    }
}
