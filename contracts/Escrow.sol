// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title souq Escrow
/// @notice Holds a buyer's payment (ETH or an ERC-20 token) for a chat sale until a signed delivery proof
/// and an inspection window release it to the seller, or a refund, a missed deadline or an arbiter's
/// decision returns it.
/// @dev One shared contract; orders are keyed by an id that commits to every term of the order, so funding
/// with other terms creates another order and can neither block nor alter the real one. Only a one-slot
/// record is stored per order; the terms travel in calldata and are checked against the id.
contract Escrow is Ownable2Step, Pausable, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice The immutable terms of an order, fixed when it is funded.
    /// @param seller receives the payment (minus the platform fee) on release
    /// @param buyer receives refunds; the only party who may confirm receipt or dispute
    /// @param token ERC-20 token, or address(0) for ETH
    /// @param amount the escrowed amount in the token's smallest unit
    /// @param attester the key (EOA or ERC-1271 contract) that signs the delivery attestation
    /// @param deliverBy latest attested delivery time (unix seconds); after it, no delivery means refund
    /// @param inspectionPeriod seconds the buyer has after an on-chain delivery to dispute
    /// @param offerHash hash of the off-chain offer (salted; carries no personal data)
    struct Terms {
        address seller;
        address buyer;
        address token;
        uint256 amount;
        address attester;
        uint64 deliverBy;
        uint32 inspectionPeriod;
        bytes32 offerHash;
    }

    /// @notice Where an order stands. None is the zero value of an unknown id.
    enum Status {
        None,
        Funded,
        Delivered,
        Disputed,
        Released,
        Refunded,
        Resolved
    }

    /// @dev The only per-order storage: one slot.
    struct Order {
        Status status;
        uint16 feeBps; // the platform fee in force when the order was funded
        uint64 deliveredAt; // attested delivery time
        uint64 releasableAt; // end of the inspection window
    }

    /// @notice Why an order's money went back to the buyer.
    enum RefundReason {
        BySeller,
        LateDelivery
    }

    /// @notice EIP-712 type of the delivery attestation signed by the order's attester.
    bytes32 public constant DELIVERY_TYPEHASH =
        keccak256("Delivery(bytes32 orderId,bytes32 proofHash,uint64 deliveredAt)");

    /// @notice Upper bound on the platform fee: 10%.
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice Upper bound on an inspection window: 90 days.
    uint32 public constant MAX_INSPECTION_PERIOD = 90 days;
    /// @dev Gas given to an ETH recipient; enough for smart wallets, too little to grief the caller.
    uint256 private constant ETH_PAYOUT_GAS = 50_000;
    uint256 private constant BPS = 10_000;

    /// @notice Orders by id.
    mapping(bytes32 orderId => Order) public orders;
    /// @notice Payouts that could not be pushed (or platform fees), claimable with withdraw.
    mapping(address account => mapping(address token => uint256)) public credits;

    /// @notice Receives platform fees (as credits).
    address public treasury;
    /// @notice Platform fee in basis points applied to orders funded from now on.
    uint16 public feeBps;
    /// @notice Resolves disputes.
    address public arbiter;

    /// @notice An order was funded; carries every term so an explorer or watcher can rebuild the order.
    event Funded(
        bytes32 indexed orderId,
        address indexed buyer,
        address indexed seller,
        address token,
        uint256 amount,
        address attester,
        uint64 deliverBy,
        uint32 inspectionPeriod,
        bytes32 offerHash,
        uint16 feeBps,
        address funder
    );
    /// @notice A valid delivery attestation was recorded; the inspection window runs until releasableAt.
    event Delivered(bytes32 indexed orderId, bytes32 proofHash, uint64 deliveredAt, uint64 releasableAt);
    /// @notice The buyer disputed the order; only the arbiter can settle it now.
    event Disputed(bytes32 indexed orderId, bytes32 reasonHash);
    /// @notice The seller was paid sellerAmount and the platform took fee.
    event Released(bytes32 indexed orderId, uint256 sellerAmount, uint256 fee, bool byBuyer);
    /// @notice The whole amount went back to the buyer.
    event Refunded(bytes32 indexed orderId, uint256 amount, RefundReason reason);
    /// @notice The arbiter split a disputed order.
    event Resolved(bytes32 indexed orderId, uint256 buyerAmount, uint256 sellerAmount, uint256 fee);
    /// @notice A payout could not be pushed, or is a fee: it waits as a credit for withdraw.
    event Credited(address indexed account, address indexed token, uint256 amount);
    /// @notice A credit was withdrawn.
    event Withdrawn(address indexed account, address indexed token, address to, uint256 amount);
    /// @notice The platform fee for new orders changed.
    event FeeChanged(uint16 feeBps);
    /// @notice The treasury changed.
    event TreasuryChanged(address treasury);
    /// @notice The arbiter changed.
    event ArbiterChanged(address arbiter);

    error InvalidTerms();
    error AlreadyExists(bytes32 orderId);
    error WrongStatus(bytes32 orderId, Status status);
    error WrongValue(uint256 sent, uint256 expected);
    error ShortTransfer(uint256 received, uint256 expected);
    error NotBuyer();
    error NotSeller();
    error NotArbiter();
    error BadSignature();
    error LateDelivery(uint64 deliveredAt, uint64 deliverBy);
    error FutureDelivery(uint64 deliveredAt);
    error InspectionRunning(uint64 releasableAt);
    error InspectionOver(uint64 releasableAt);
    error NotExpired(uint64 deliverBy);
    error SplitTooLarge(uint256 buyerAmount, uint256 amount);
    error FeeTooHigh(uint16 feeBps);
    error ZeroAddress();
    error NothingToWithdraw();
    error PayoutFailed();

    /// @param initialOwner may set the fee, treasury and arbiter, and pause funding
    /// @param initialTreasury receives platform fees
    /// @param initialArbiter resolves disputes
    /// @param initialFeeBps platform fee in basis points (at most MAX_FEE_BPS)
    constructor(address initialOwner, address initialTreasury, address initialArbiter, uint16 initialFeeBps)
        Ownable(initialOwner)
        EIP712("souq Escrow", "1")
    {
        _setTreasury(initialTreasury);
        _setArbiter(initialArbiter);
        _setFee(initialFeeBps);
    }

    // ------------------------------------------------------------------ funding

    /// @notice Funds an ETH order with msg.value == terms.amount. Anyone may fund (an operator for a
    /// custodial buyer, or the buyer's own wallet); refunds always go to terms.buyer.
    /// @param terms the order's terms; terms.token must be address(0)
    /// @return id the id that commits to the terms
    function fundETH(Terms calldata terms) external payable nonReentrant whenNotPaused returns (bytes32 id) {
        if (terms.token != address(0)) revert InvalidTerms();
        if (msg.value != terms.amount) revert WrongValue(msg.value, terms.amount);
        id = _open(terms);
    }

    /// @notice Funds an ERC-20 order from msg.sender's allowance to this contract.
    /// @param terms the order's terms; terms.token must be a token
    /// @return id the id that commits to the terms
    function fundToken(Terms calldata terms) external nonReentrant whenNotPaused returns (bytes32 id) {
        id = _open(terms);
        _pull(terms);
    }

    /// @notice Funds an ERC-20 order in one transaction with an EIP-2612 permit signed by msg.sender.
    /// @dev The permit is tried and its failure ignored (it may have been front-run); the allowance then
    /// decides, as OpenZeppelin advises for IERC20Permit.
    /// @param terms the order's terms
    /// @param deadline permit deadline
    /// @param v permit signature v
    /// @param r permit signature r
    /// @param s permit signature s
    /// @return id the id that commits to the terms
    function fundTokenWithPermit(Terms calldata terms, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        whenNotPaused
        returns (bytes32 id)
    {
        id = _open(terms);
        try IERC20Permit(terms.token).permit(msg.sender, address(this), terms.amount, deadline, v, r, s) {} catch {}
        _pull(terms);
    }

    // ------------------------------------------------------------------ delivery and release

    /// @notice Records a delivery attested by the order's attester and starts the inspection window.
    /// With a zero inspection period the seller is paid at once. Anyone may submit the attestation.
    /// @param terms the order's terms
    /// @param proofHash commitment to the off-chain evidence (e.g. sha256 of the delivery photo record)
    /// @param deliveredAt attested delivery time; at most terms.deliverBy and not in the future
    /// @param signature the attester's EIP-712 signature of Delivery(orderId, proofHash, deliveredAt)
    function deliver(Terms calldata terms, bytes32 proofHash, uint64 deliveredAt, bytes calldata signature)
        external
        nonReentrant
    {
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Funded) revert WrongStatus(id, o.status);
        if (deliveredAt > terms.deliverBy) revert LateDelivery(deliveredAt, terms.deliverBy);
        if (deliveredAt > block.timestamp) revert FutureDelivery(deliveredAt);
        bytes32 digest = _hashTypedDataV4(keccak256(abi.encode(DELIVERY_TYPEHASH, id, proofHash, deliveredAt)));
        if (!SignatureChecker.isValidSignatureNowCalldata(terms.attester, digest, signature)) revert BadSignature();

        uint64 releasableAt = uint64(block.timestamp) + terms.inspectionPeriod;
        o.deliveredAt = deliveredAt;
        o.releasableAt = releasableAt;
        emit Delivered(id, proofHash, deliveredAt, releasableAt);
        if (terms.inspectionPeriod == 0) {
            _release(id, o, terms, false);
        } else {
            o.status = Status.Delivered;
        }
    }

    /// @notice The buyer confirms receipt: the seller is paid at once, with or without a delivery proof.
    /// @param terms the order's terms
    function confirmReceipt(Terms calldata terms) external nonReentrant {
        if (msg.sender != terms.buyer) revert NotBuyer();
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Funded && o.status != Status.Delivered) revert WrongStatus(id, o.status);
        _release(id, o, terms, true);
    }

    /// @notice Pays the seller once the inspection window after a delivery has passed with no dispute.
    /// Anyone may call it.
    /// @param terms the order's terms
    function release(Terms calldata terms) external nonReentrant {
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Delivered) revert WrongStatus(id, o.status);
        if (block.timestamp < o.releasableAt) revert InspectionRunning(o.releasableAt);
        _release(id, o, terms, false);
    }

    // ------------------------------------------------------------------ refunds and disputes

    /// @notice The seller refunds the buyer in full, at any time before release (also during a dispute).
    /// @param terms the order's terms
    function refund(Terms calldata terms) external nonReentrant {
        if (msg.sender != terms.seller) revert NotSeller();
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        Status st = o.status;
        if (st != Status.Funded && st != Status.Delivered && st != Status.Disputed) revert WrongStatus(id, st);
        _refund(id, o, terms, RefundReason.BySeller);
    }

    /// @notice Refunds the buyer in full when deliverBy has passed with no valid delivery. Anyone may call it.
    /// @param terms the order's terms
    function refundExpired(Terms calldata terms) external nonReentrant {
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Funded) revert WrongStatus(id, o.status);
        if (block.timestamp <= terms.deliverBy) revert NotExpired(terms.deliverBy);
        _refund(id, o, terms, RefundReason.LateDelivery);
    }

    /// @notice The buyer disputes the order before release: before delivery, or within the inspection window.
    /// Only the arbiter (or the seller, by refunding) can settle it afterwards.
    /// @param terms the order's terms
    /// @param reasonHash hash of the buyer's off-chain reason (no personal data on-chain)
    function dispute(Terms calldata terms, bytes32 reasonHash) external nonReentrant {
        if (msg.sender != terms.buyer) revert NotBuyer();
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        Status st = o.status;
        if (st == Status.Delivered) {
            if (block.timestamp >= o.releasableAt) revert InspectionOver(o.releasableAt);
        } else if (st != Status.Funded) {
            revert WrongStatus(id, st);
        }
        o.status = Status.Disputed;
        emit Disputed(id, reasonHash);
    }

    /// @notice The arbiter settles a dispute: buyerAmount goes back to the buyer, the rest to the seller
    /// minus the platform fee on the seller's share.
    /// @param terms the order's terms
    /// @param buyerAmount the refund, from 0 (seller wins) to terms.amount (full refund)
    function resolve(Terms calldata terms, uint256 buyerAmount) external nonReentrant {
        if (msg.sender != arbiter) revert NotArbiter();
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Disputed) revert WrongStatus(id, o.status);
        if (buyerAmount > terms.amount) revert SplitTooLarge(buyerAmount, terms.amount);

        uint256 sellerGross = terms.amount - buyerAmount;
        uint256 fee = Math.mulDiv(sellerGross, o.feeBps, BPS);
        o.status = Status.Resolved;
        emit Resolved(id, buyerAmount, sellerGross - fee, fee);
        _credit(treasury, terms.token, fee);
        _pay(terms.token, terms.buyer, buyerAmount);
        _pay(terms.token, terms.seller, sellerGross - fee);
    }

    // ------------------------------------------------------------------ credits

    /// @notice Withdraws msg.sender's credit in a token (address(0) = ETH) to `to`.
    /// @param token the token, or address(0) for ETH
    /// @param to where to send it
    function withdraw(address token, address to) external nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = credits[msg.sender][token];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender][token] = 0;
        emit Withdrawn(msg.sender, token, to, amount);
        if (token == address(0)) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert PayoutFailed();
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }

    // ------------------------------------------------------------------ views

    /// @notice The id of an order with these terms on this chain and contract.
    /// @param terms the order's terms
    /// @return the order id
    function orderId(Terms calldata terms) public view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), terms));
    }

    /// @notice The EIP-712 digest the attester signs for a delivery.
    /// @param id the order id
    /// @param proofHash commitment to the delivery evidence
    /// @param deliveredAt attested delivery time
    /// @return the digest
    function deliveryDigest(bytes32 id, bytes32 proofHash, uint64 deliveredAt) external view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(DELIVERY_TYPEHASH, id, proofHash, deliveredAt)));
    }

    /// @notice The EIP-712 domain separator of this contract on this chain.
    /// @return the domain separator
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ------------------------------------------------------------------ administration

    /// @notice Sets the platform fee for orders funded from now on; funded orders keep theirs.
    /// @param newFeeBps fee in basis points, at most MAX_FEE_BPS
    function setFee(uint16 newFeeBps) external onlyOwner {
        _setFee(newFeeBps);
    }

    /// @notice Sets the account that receives platform fees.
    /// @param newTreasury the treasury
    function setTreasury(address newTreasury) external onlyOwner {
        _setTreasury(newTreasury);
    }

    /// @notice Sets the account that resolves disputes.
    /// @param newArbiter the arbiter
    function setArbiter(address newArbiter) external onlyOwner {
        _setArbiter(newArbiter);
    }

    /// @notice Stops new funding. Releases, refunds, disputes and withdrawals go on.
    function pause() external onlyOwner {
        _pause();
    }

    /// @notice Allows new funding again.
    function unpause() external onlyOwner {
        _unpause();
    }

    // ------------------------------------------------------------------ internals

    function _open(Terms calldata terms) private returns (bytes32 id) {
        if (
            terms.seller == address(0) || terms.buyer == address(0) || terms.attester == address(0)
                || terms.amount == 0 || terms.deliverBy <= block.timestamp
                || terms.inspectionPeriod > MAX_INSPECTION_PERIOD
        ) revert InvalidTerms();
        id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.None) revert AlreadyExists(id);
        uint16 fee = feeBps;
        o.status = Status.Funded;
        o.feeBps = fee;
        emit Funded(
            id,
            terms.buyer,
            terms.seller,
            terms.token,
            terms.amount,
            terms.attester,
            terms.deliverBy,
            terms.inspectionPeriod,
            terms.offerHash,
            fee,
            msg.sender
        );
    }

    /// @dev Pulls terms.amount from msg.sender and rejects tokens that deliver less (fee-on-transfer).
    function _pull(Terms calldata terms) private {
        if (terms.token == address(0)) revert InvalidTerms();
        IERC20 token = IERC20(terms.token);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), terms.amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != terms.amount) revert ShortTransfer(received, terms.amount);
    }

    function _release(bytes32 id, Order storage o, Terms calldata terms, bool byBuyer) private {
        // mulDiv: no overflow even for amounts near 2^256, so no order can be locked by its fee.
        uint256 fee = Math.mulDiv(terms.amount, o.feeBps, BPS);
        o.status = Status.Released;
        emit Released(id, terms.amount - fee, fee, byBuyer);
        _credit(treasury, terms.token, fee);
        _pay(terms.token, terms.seller, terms.amount - fee);
    }

    function _refund(bytes32 id, Order storage o, Terms calldata terms, RefundReason reason) private {
        o.status = Status.Refunded;
        emit Refunded(id, terms.amount, reason);
        _pay(terms.token, terms.buyer, terms.amount);
    }

    /// @dev Pushes a payout; a recipient that cannot take it (reverting ETH receiver, blocklisted token
    /// account) gets a withdrawable credit instead, so no order is ever locked by its recipient.
    function _pay(address token, address to, uint256 amount) private {
        if (amount == 0) return;
        bool ok;
        if (token == address(0)) {
            // No return data is copied: a recipient cannot make us pay for a huge revert reason.
            assembly ("memory-safe") {
                ok := call(ETH_PAYOUT_GAS, to, amount, 0, 0, 0, 0)
            }
        } else {
            ok = IERC20(token).trySafeTransfer(to, amount);
        }
        if (!ok) _credit(to, token, amount);
    }

    function _credit(address account, address token, uint256 amount) private {
        if (amount == 0) return;
        credits[account][token] += amount;
        emit Credited(account, token, amount);
    }

    function _setFee(uint16 newFeeBps) private {
        if (newFeeBps > MAX_FEE_BPS) revert FeeTooHigh(newFeeBps);
        feeBps = newFeeBps;
        emit FeeChanged(newFeeBps);
    }

    function _setTreasury(address newTreasury) private {
        if (newTreasury == address(0)) revert ZeroAddress();
        treasury = newTreasury;
        emit TreasuryChanged(newTreasury);
    }

    function _setArbiter(address newArbiter) private {
        if (newArbiter == address(0)) revert ZeroAddress();
        arbiter = newArbiter;
        emit ArbiterChanged(newArbiter);
    }
}
