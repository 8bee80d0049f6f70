// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title souq Escrow
/// @notice Holds a buyer's payment (ETH or an ERC-20 token) for a chat sale until a signed delivery proof
/// and an inspection window release it to the seller, or a refund, a missed deadline or an arbiter's
/// decision returns it.
/// @dev One shared contract; orders are keyed by an id that commits to every term of the order, so funding
/// with other terms creates another order and can neither block nor alter the real one. Only a one-slot
/// record is stored per order; the terms travel in calldata and are checked against the id.
///
/// Gasless parties: every act of a buyer or seller can be submitted by anyone (souq's relayer) with
/// the party's signature, so custodial wallets never need the native coin. Token funding takes an
/// EIP-2612 permit bound to the order (fundTokenByPermit); confirmReceipt, dispute and refund take
/// EIP-712 signatures (the *BySig functions). Each signed struct names the order id, which commits to
/// the chain, this contract and every term, and a deadline; a signature acts at most once because
/// every signed act moves the order out of the status the act requires (no nonce is stored).
///
/// Disputes end: the arbiter has the dispute period in force when the order was funded, counted from the
/// dispute, to decide; after that anyone may refund the buyer in full (refundExpiredDispute). Changes to
/// the fee, treasury, arbiter and dispute period are announced (ChangeProposed) and take effect only
/// CHANGE_DELAY later, so nobody's funded order meets a new arbiter or treasury unannounced.
contract Escrow is Ownable2Step, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice The immutable terms of an order, fixed when it is funded.
    /// @param seller the seller's key: the only party who may refund (itself or by signature)
    /// @param payee receives the seller's share (minus the platform fee) on release or resolution
    /// @param buyer receives refunds; the only party who may confirm receipt or dispute
    /// @param token ERC-20 token, or address(0) for ETH
    /// @param amount the escrowed amount in the token's smallest unit
    /// @param attester the key (EOA or ERC-1271 contract) that signs the delivery attestation
    /// @param deliverBy latest attested delivery time (unix seconds); after it, no delivery means refund
    /// @param inspectionPeriod seconds the buyer has after an on-chain delivery to dispute
    /// @param offerHash hash of the off-chain offer (salted; carries no personal data)
    struct Terms {
        address seller;
        address payee;
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

    /// @dev The only per-order storage: one slot (23 of its 32 bytes).
    struct Order {
        Status status;
        uint16 feeBps; // the platform fee in force when the order was funded
        uint64 deliveredAt; // attested delivery time
        // Delivered: end of the inspection window. Disputed: the arbiter's deadline (dispute time +
        // disputePeriod); after it anyone may refund the buyer in full.
        uint64 releasableAt;
        uint32 disputePeriod; // the dispute period in force when the order was funded
    }

    /// @notice Why an order's money went back to the buyer.
    enum RefundReason {
        BySeller,
        LateDelivery,
        DisputeExpired
    }

    /// @notice An owner setting whose change waits CHANGE_DELAY after it is announced.
    enum Setting {
        Fee,
        Treasury,
        Arbiter,
        DisputePeriod
    }

    /// @dev An announced change: the new value (an address as uint160) and when it may be applied
    /// (0: none pending).
    struct PendingChange {
        uint160 value;
        uint64 effectiveAt;
    }

    /// @notice EIP-712 type of the delivery attestation signed by the order's attester.
    bytes32 public constant DELIVERY_TYPEHASH =
        keccak256("Delivery(bytes32 orderId,bytes32 proofHash,uint64 deliveredAt)");
    /// @notice EIP-712 type of the buyer's confirmation of receipt, submitted by anyone.
    bytes32 public constant CONFIRM_TYPEHASH = keccak256("ConfirmReceipt(bytes32 orderId,uint64 deadline)");
    /// @notice EIP-712 type of the buyer's dispute, submitted by anyone.
    bytes32 public constant DISPUTE_TYPEHASH =
        keccak256("Dispute(bytes32 orderId,bytes32 reasonHash,uint64 deadline)");
    /// @notice EIP-712 type of the seller's full refund, submitted by anyone.
    bytes32 public constant REFUND_TYPEHASH = keccak256("Refund(bytes32 orderId,uint64 deadline)");

    /// @notice Upper bound on the platform fee: 10%.
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice Upper bound on an inspection window: 90 days.
    uint32 public constant MAX_INSPECTION_PERIOD = 90 days;
    /// @notice Shortest time the arbiter may be given to decide a dispute: 1 day.
    uint32 public constant MIN_DISPUTE_PERIOD = 1 days;
    /// @notice Longest time the arbiter may be given to decide a dispute: 90 days.
    uint32 public constant MAX_DISPUTE_PERIOD = 90 days;
    /// @notice How long an announced change of fee, treasury, arbiter or dispute period waits before it
    /// can be applied: parties see it coming and can settle or refund first.
    uint64 public constant CHANGE_DELAY = 2 days;
    /// @dev Gas given to an ETH recipient; enough for smart wallets, too little to grief the caller.
    uint256 private constant ETH_PAYOUT_GAS = 50_000;
    uint256 private constant BPS = 10_000;

    /// @notice Orders by id.
    mapping(bytes32 orderId => Order) public orders;
    /// @notice Payouts that could not be pushed, claimable by their recipient with withdraw.
    mapping(address account => mapping(address token => uint256)) public credits;
    /// @notice Platform fees earned and not yet withdrawn to the treasury, per token (address(0) = ETH).
    /// @dev Kept apart from credits so a release never reads the treasury's address (one cold slot less).
    mapping(address token => uint256) public fees;

    /// @notice Receives platform fees (withdrawFees).
    address public treasury;
    /// @notice Platform fee in basis points applied to orders funded from now on.
    uint16 public feeBps;
    /// @notice Whether new funding is stopped. Shares treasury's and feeBps' slot, so funding reads one
    /// cold slot for both the fee and the pause flag.
    bool public paused;
    /// @notice Seconds the arbiter has, from a dispute, to decide it, for orders funded from now on.
    /// @dev Same slot as feeBps and paused: funding snapshots it into the order at no extra cold read.
    uint32 public disputePeriod;
    /// @notice Resolves disputes.
    address public arbiter;
    /// @notice Announced changes by setting, applicable from their effectiveAt.
    mapping(Setting what => PendingChange) public pendingChanges;

    /// @notice An order was funded. Carries who pays whom, what and how much; the other terms (attester,
    /// deadlines, offer hash) are in the funding call's input, which an explorer decodes with the ABI and
    /// which the order id commits to, and the fee in force is in orders(orderId) and in Released/Resolved.
    /// Five fewer data words than every term keep each sale about 1,300 gas cheaper.
    event Funded(
        bytes32 indexed orderId,
        address indexed buyer,
        address indexed seller,
        address token,
        uint256 amount,
        address payee,
        address funder
    );
    /// @notice A valid delivery attestation was recorded; the inspection window runs until releasableAt.
    event Delivered(bytes32 indexed orderId, bytes32 proofHash, uint64 deliveredAt, uint64 releasableAt);
    /// @notice The buyer disputed the order; the arbiter may settle it until decideBy, after which anyone
    /// may refund the buyer in full (refundExpiredDispute). The seller may refund at any time.
    event Disputed(bytes32 indexed orderId, bytes32 reasonHash, uint64 decideBy);
    /// @notice The payee was paid sellerAmount and the platform took fee (added to fees).
    event Released(bytes32 indexed orderId, uint256 sellerAmount, uint256 fee, bool byBuyer);
    /// @notice The whole amount went back to the buyer.
    event Refunded(bytes32 indexed orderId, uint256 amount, RefundReason reason);
    /// @notice The arbiter split a disputed order: buyerAmount to the buyer, sellerAmount to the payee.
    event Resolved(bytes32 indexed orderId, uint256 buyerAmount, uint256 sellerAmount, uint256 fee);
    /// @notice A payout could not be pushed: it waits as a credit for withdraw.
    event Credited(address indexed account, address indexed token, uint256 amount);
    /// @notice A credit was withdrawn.
    event Withdrawn(address indexed account, address indexed token, address to, uint256 amount);
    /// @notice Platform fees in a token went to the treasury.
    event FeesWithdrawn(address indexed token, address treasury, uint256 amount);
    /// @notice New funding was stopped by `account`.
    event Paused(address account);
    /// @notice New funding was allowed again by `account`.
    event Unpaused(address account);
    /// @notice The platform fee for new orders changed.
    event FeeChanged(uint16 feeBps);
    /// @notice The treasury changed.
    event TreasuryChanged(address treasury);
    /// @notice The arbiter changed.
    event ArbiterChanged(address arbiter);
    /// @notice The arbiter's time to decide a dispute changed, for orders funded from now on.
    event DisputePeriodChanged(uint32 disputePeriod);
    /// @notice The owner announced a change of `what` to `value` (an address as uint160), which anyone
    /// may apply (applyChange) from effectiveAt on.
    event ChangeProposed(Setting indexed what, uint256 value, uint64 effectiveAt);
    /// @notice The owner withdrew the announced change of `what`.
    event ChangeCancelled(Setting indexed what);

    /// @notice A zero address or amount, a deliverBy not in the future, an inspection period over the
    /// maximum, or a funding call for the other kind of asset.
    error InvalidTerms();
    /// @notice An order with these terms was funded already.
    error AlreadyExists(bytes32 orderId);
    /// @notice The order is not in a status that allows this act.
    error WrongStatus(bytes32 orderId, Status status);
    /// @notice fundETH got another value than terms.amount.
    error WrongValue(uint256 sent, uint256 expected);
    /// @notice The token delivered less than it was asked to (a fee-on-transfer token).
    error ShortTransfer(uint256 received, uint256 expected);
    /// @notice Only the order's buyer (or its signature) may do this.
    error NotBuyer();
    /// @notice Only the order's seller (or its signature) may do this.
    error NotSeller();
    /// @notice Only the arbiter may do this.
    error NotArbiter();
    /// @notice The signature is not the expected party's over this act of this order.
    error BadSignature();
    /// @notice A signed act submitted after its deadline.
    error SignatureExpired(uint64 deadline);
    /// @notice The attested delivery time is after terms.deliverBy.
    error LateDelivery(uint64 deliveredAt, uint64 deliverBy);
    /// @notice The attested delivery time is in the chain's future.
    error FutureDelivery(uint64 deliveredAt);
    /// @notice release before the end of the inspection window.
    error InspectionRunning(uint64 releasableAt);
    /// @notice dispute after the end of the inspection window.
    error InspectionOver(uint64 releasableAt);
    /// @notice refundExpired before terms.deliverBy has passed.
    error NotExpired(uint64 deliverBy);
    /// @notice The arbiter's refund is larger than the order.
    error SplitTooLarge(uint256 buyerAmount, uint256 amount);
    /// @notice A fee above MAX_FEE_BPS.
    error FeeTooHigh(uint16 feeBps);
    /// @notice A zero address where an account is needed.
    error ZeroAddress();
    /// @notice A dispute period outside [MIN_DISPUTE_PERIOD, MAX_DISPUTE_PERIOD].
    error InvalidDisputePeriod(uint32 disputePeriod);
    /// @notice resolve after the arbiter's deadline: the dispute now ends in a full refund.
    error ArbiterDeadlinePassed(uint64 decideBy);
    /// @notice refundExpiredDispute before the arbiter's deadline has passed.
    error ArbiterDeadlineRunning(uint64 decideBy);
    /// @notice applyChange or cancelChange with no change announced for that setting.
    error NoPendingChange(Setting what);
    /// @notice applyChange before the announced change's effectiveAt.
    error ChangeNotDue(Setting what, uint64 effectiveAt);
    /// @notice withdraw or withdrawFees with nothing to take.
    error NothingToWithdraw();
    /// @notice An ETH withdrawal the recipient refused.
    error PayoutFailed();
    /// @notice Funding while paused.
    error EnforcedPause();
    /// @notice unpause while not paused.
    error ExpectedPause();

    /// @param initialOwner may announce changes of the fee, treasury, arbiter and dispute period, and pause
    /// funding
    /// @param initialTreasury receives platform fees
    /// @param initialArbiter resolves disputes
    /// @param initialFeeBps platform fee in basis points (at most MAX_FEE_BPS)
    /// @param initialDisputePeriod seconds the arbiter has to decide a dispute (MIN_ to MAX_DISPUTE_PERIOD)
    constructor(
        address initialOwner,
        address initialTreasury,
        address initialArbiter,
        uint16 initialFeeBps,
        uint32 initialDisputePeriod
    ) Ownable(initialOwner) EIP712("souq Escrow", "1") {
        _setTreasury(_checkAddress(initialTreasury));
        _setArbiter(_checkAddress(initialArbiter));
        _setFee(_checkFee(initialFeeBps));
        _setDisputePeriod(_checkDisputePeriod(initialDisputePeriod));
    }

    // ------------------------------------------------------------------ funding

    /// @notice Funds an ETH order with msg.value == terms.amount. Anyone may fund (an operator for a
    /// custodial buyer, or the buyer's own wallet); refunds always go to terms.buyer.
    /// @param terms the order's terms; terms.token must be address(0)
    /// @return id the id that commits to the terms
    function fundETH(Terms calldata terms) external payable nonReentrant returns (bytes32 id) {
        if (terms.token != address(0)) revert InvalidTerms();
        if (msg.value != terms.amount) revert WrongValue(msg.value, terms.amount);
        id = _open(terms);
    }

    /// @notice Funds an ERC-20 order from msg.sender's allowance to this contract.
    /// @param terms the order's terms; terms.token must be a token
    /// @return id the id that commits to the terms
    function fundToken(Terms calldata terms) external nonReentrant returns (bytes32 id) {
        id = _open(terms);
        _pull(terms, msg.sender);
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
        returns (bytes32 id)
    {
        id = _open(terms);
        try IERC20Permit(terms.token).permit(msg.sender, address(this), terms.amount, deadline, v, r, s) {} catch {}
        _pull(terms, msg.sender);
    }

    /// @notice Funds an ERC-20 order from terms.buyer with the buyer's EIP-2612 permit, submitted by anyone
    /// (souq's relayer pays the gas; the buyer's wallet needs no native coin).
    /// @dev The permit is bound to the order: its deadline must be permitDeadline(id, validUntil), whose
    /// high 192 bits are the order id's, so a permit signed for one order cannot fund other terms (another
    /// seller or payee) — the same binding Base's AuthCaptureEscrow gets from an ERC-3009 nonce. The
    /// permit must succeed here: an allowance alone never lets a third party pull from the buyer. A
    /// front-run permit only makes this call revert (the buyer signs a new one); it moves no money.
    /// @param terms the order's terms
    /// @param validUntil the last second (chain time) the permit may be used
    /// @param v permit signature v
    /// @param r permit signature r
    /// @param s permit signature s
    /// @return id the id that commits to the terms
    function fundTokenByPermit(Terms calldata terms, uint64 validUntil, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (bytes32 id)
    {
        id = _open(terms);
        if (block.timestamp > validUntil) revert SignatureExpired(validUntil);
        IERC20Permit(terms.token).permit(terms.buyer, address(this), terms.amount, permitDeadline(id, validUntil), v, r, s);
        _pull(terms, terms.buyer);
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
        if (!_isValidSig(terms.attester, digest, signature)) revert BadSignature();

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
        _confirm(orderId(terms), terms);
    }

    /// @notice confirmReceipt submitted by anyone with the buyer's EIP-712 signature of
    /// ConfirmReceipt(orderId, deadline). It acts once: the order leaves Funded/Delivered for good.
    /// @param terms the order's terms
    /// @param deadline last second (chain time) the signature may be used
    /// @param signature the buyer's signature (ECDSA, or ERC-1271 for a contract wallet)
    function confirmReceiptBySig(Terms calldata terms, uint64 deadline, bytes calldata signature) external nonReentrant {
        bytes32 id = orderId(terms);
        _checkSig(terms.buyer, keccak256(abi.encode(CONFIRM_TYPEHASH, id, deadline)), deadline, signature);
        _confirm(id, terms);
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
        _sellerRefund(orderId(terms), terms);
    }

    /// @notice refund submitted by anyone with the seller's EIP-712 signature of Refund(orderId, deadline)
    /// (a merchant refunding from chat: the relayer pays). It acts once: a refunded order stays refunded.
    /// @param terms the order's terms
    /// @param deadline last second (chain time) the signature may be used
    /// @param signature the seller's signature (ECDSA, or ERC-1271 for a contract wallet)
    function refundBySig(Terms calldata terms, uint64 deadline, bytes calldata signature) external nonReentrant {
        bytes32 id = orderId(terms);
        _checkSig(terms.seller, keccak256(abi.encode(REFUND_TYPEHASH, id, deadline)), deadline, signature);
        _sellerRefund(id, terms);
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
    /// Only the arbiter (or the seller, by refunding) can settle it afterwards, the arbiter within the
    /// order's dispute period; after that anyone may refund the buyer in full (refundExpiredDispute).
    /// @param terms the order's terms
    /// @param reasonHash hash of the buyer's off-chain reason (no personal data on-chain)
    function dispute(Terms calldata terms, bytes32 reasonHash) external nonReentrant {
        if (msg.sender != terms.buyer) revert NotBuyer();
        _dispute(orderId(terms), reasonHash);
    }

    /// @notice dispute submitted by anyone with the buyer's EIP-712 signature of
    /// Dispute(orderId, reasonHash, deadline). It acts once: a disputed order cannot be disputed again.
    /// @param terms the order's terms
    /// @param reasonHash hash of the buyer's off-chain reason
    /// @param deadline last second (chain time) the signature may be used
    /// @param signature the buyer's signature (ECDSA, or ERC-1271 for a contract wallet)
    function disputeBySig(Terms calldata terms, bytes32 reasonHash, uint64 deadline, bytes calldata signature)
        external
        nonReentrant
    {
        bytes32 id = orderId(terms);
        _checkSig(terms.buyer, keccak256(abi.encode(DISPUTE_TYPEHASH, id, reasonHash, deadline)), deadline, signature);
        _dispute(id, reasonHash);
    }

    function _dispute(bytes32 id, bytes32 reasonHash) private {
        Order storage o = orders[id];
        Status st = o.status;
        if (st == Status.Delivered) {
            if (block.timestamp >= o.releasableAt) revert InspectionOver(o.releasableAt);
        } else if (st != Status.Funded) {
            revert WrongStatus(id, st);
        }
        // While Disputed, releasableAt is the arbiter's deadline (the inspection window is over for good).
        uint64 decideBy = uint64(block.timestamp) + o.disputePeriod;
        o.status = Status.Disputed;
        o.releasableAt = decideBy;
        emit Disputed(id, reasonHash, decideBy);
    }

    /// @notice The arbiter settles a dispute before its deadline: buyerAmount goes back to the buyer, the
    /// rest to the seller minus the platform fee on the seller's share.
    /// @param terms the order's terms
    /// @param buyerAmount the refund, from 0 (seller wins) to terms.amount (full refund)
    function resolve(Terms calldata terms, uint256 buyerAmount) external nonReentrant {
        if (msg.sender != arbiter) revert NotArbiter();
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Disputed) revert WrongStatus(id, o.status);
        // The deadline is a cut-off, not a hint: after it the outcome is fixed (full refund), so the
        // arbiter cannot race whoever applies it.
        if (block.timestamp >= o.releasableAt) revert ArbiterDeadlinePassed(o.releasableAt);
        if (buyerAmount > terms.amount) revert SplitTooLarge(buyerAmount, terms.amount);

        uint256 sellerGross = terms.amount - buyerAmount;
        uint256 fee = Math.mulDiv(sellerGross, o.feeBps, BPS);
        o.status = Status.Resolved;
        emit Resolved(id, buyerAmount, sellerGross - fee, fee);
        _addFee(terms.token, fee);
        _pay(terms.token, terms.buyer, buyerAmount);
        _pay(terms.token, terms.payee, sellerGross - fee);
    }

    /// @notice Refunds the buyer in full when the arbiter let a dispute's deadline (the dispute time plus
    /// the order's dispute period) pass without deciding. Anyone may call it.
    /// @dev A full refund is the default because the buyer's dispute is the last word on record and
    /// the seller could have conceded or had the arbiter decide; it takes no fee, like a refund.
    /// @param terms the order's terms
    function refundExpiredDispute(Terms calldata terms) external nonReentrant {
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Disputed) revert WrongStatus(id, o.status);
        if (block.timestamp < o.releasableAt) revert ArbiterDeadlineRunning(o.releasableAt);
        _refund(id, o, terms, RefundReason.DisputeExpired);
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

    /// @notice Sends the platform fees earned in a token (address(0) = ETH) to the treasury. Anyone may call
    /// it; the fees only ever go to the treasury.
    /// @param token the token, or address(0) for ETH
    function withdrawFees(address token) external nonReentrant {
        uint256 amount = fees[token];
        if (amount == 0) revert NothingToWithdraw();
        address to = treasury;
        fees[token] = 0;
        emit FeesWithdrawn(token, to, amount);
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

    /// @notice The EIP-712 digest a party signs for confirmReceiptBySig (buyer), refundBySig (seller) or
    /// disputeBySig (buyer): the typed struct's hash under this contract's domain.
    /// @param structHash keccak256(abi.encode(TYPEHASH, fields...)) of ConfirmReceipt, Refund or Dispute
    /// @return the digest
    function actDigest(bytes32 structHash) external view returns (bytes32) {
        return _hashTypedDataV4(structHash);
    }

    /// @notice The deadline a buyer's permit must carry for fundTokenByPermit: the order id's high 192 bits
    /// and validUntil in the low 64, so the permit names the order it pays for.
    /// @param id the order id
    /// @param validUntil last second the permit may be used
    /// @return the permit deadline
    function permitDeadline(bytes32 id, uint64 validUntil) public pure returns (uint256) {
        return (uint256(id) & ~uint256(type(uint64).max)) | validUntil;
    }

    /// @notice The EIP-712 domain separator of this contract on this chain.
    /// @return the domain separator
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ------------------------------------------------------------------ administration

    /// @notice Announces a new platform fee for orders funded after it is applied (funded orders keep
    /// theirs); applicable CHANGE_DELAY from now. Replaces any fee change announced before.
    /// @param newFeeBps fee in basis points, at most MAX_FEE_BPS
    function proposeFee(uint16 newFeeBps) external onlyOwner {
        _propose(Setting.Fee, _checkFee(newFeeBps));
    }

    /// @notice Announces a new treasury (receiver of withdrawFees); applicable CHANGE_DELAY from now.
    /// @param newTreasury the treasury
    function proposeTreasury(address newTreasury) external onlyOwner {
        _propose(Setting.Treasury, uint160(_checkAddress(newTreasury)));
    }

    /// @notice Announces a new arbiter; applicable CHANGE_DELAY from now. The new arbiter also decides
    /// disputes open when it is applied.
    /// @param newArbiter the arbiter
    function proposeArbiter(address newArbiter) external onlyOwner {
        _propose(Setting.Arbiter, uint160(_checkAddress(newArbiter)));
    }

    /// @notice Announces a new dispute period for orders funded after it is applied (funded orders keep
    /// theirs); applicable CHANGE_DELAY from now.
    /// @param newDisputePeriod seconds, from MIN_DISPUTE_PERIOD to MAX_DISPUTE_PERIOD
    function proposeDisputePeriod(uint32 newDisputePeriod) external onlyOwner {
        _propose(Setting.DisputePeriod, _checkDisputePeriod(newDisputePeriod));
    }

    /// @notice Withdraws an announced change before it is applied.
    /// @param what the setting
    function cancelChange(Setting what) external onlyOwner {
        if (pendingChanges[what].effectiveAt == 0) revert NoPendingChange(what);
        delete pendingChanges[what];
        emit ChangeCancelled(what);
    }

    /// @notice Applies an announced change once its delay has passed. Anyone may call it: the owner
    /// decided when it announced the change, and everyone has had CHANGE_DELAY to see it.
    /// @param what the setting
    function applyChange(Setting what) external {
        PendingChange memory c = pendingChanges[what];
        if (c.effectiveAt == 0) revert NoPendingChange(what);
        if (block.timestamp < c.effectiveAt) revert ChangeNotDue(what, c.effectiveAt);
        delete pendingChanges[what];
        if (what == Setting.Fee) _setFee(uint16(c.value));
        else if (what == Setting.Treasury) _setTreasury(address(c.value));
        else if (what == Setting.Arbiter) _setArbiter(address(c.value));
        else _setDisputePeriod(uint32(c.value));
    }

    /// @notice Stops new funding at once. Releases, refunds, disputes and withdrawals go on.
    /// @dev Not delayed: pausing moves and locks no funded money (every exit stays open) and is the
    /// emergency brake, which is worthless if it must be announced two days ahead.
    function pause() external onlyOwner {
        if (paused) revert EnforcedPause();
        paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Allows new funding again, at once: funding starts under settings already announced and in
    /// force, so no one meets an unannounced change.
    function unpause() external onlyOwner {
        if (!paused) revert ExpectedPause();
        paused = false;
        emit Unpaused(msg.sender);
    }

    // ------------------------------------------------------------------ internals

    function _open(Terms calldata terms) private returns (bytes32 id) {
        if (paused) revert EnforcedPause();
        if (
            terms.seller == address(0) || terms.payee == address(0) || terms.buyer == address(0)
                || terms.attester == address(0)
                || terms.amount == 0 || terms.deliverBy <= block.timestamp
                || terms.inspectionPeriod > MAX_INSPECTION_PERIOD
        ) revert InvalidTerms();
        id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.None) revert AlreadyExists(id);
        // feeBps and disputePeriod share the slot read for paused: one cold read, one order slot write.
        uint16 fee = feeBps;
        uint32 period = disputePeriod;
        o.status = Status.Funded;
        o.feeBps = fee;
        o.disputePeriod = period;
        emit Funded(id, terms.buyer, terms.seller, terms.token, terms.amount, terms.payee, msg.sender);
    }

    /// @dev Pulls terms.amount from `from` and rejects tokens that deliver less (fee-on-transfer).
    function _pull(Terms calldata terms, address from) private {
        if (terms.token == address(0)) revert InvalidTerms();
        IERC20 token = IERC20(terms.token);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(from, address(this), terms.amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != terms.amount) revert ShortTransfer(received, terms.amount);
    }

    function _checkSig(address signer, bytes32 structHash, uint64 deadline, bytes calldata signature) private view {
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        if (!_isValidSig(signer, _hashTypedDataV4(structHash), signature)) revert BadSignature();
    }

    /// @dev ECDSA first, ERC-1271 only when that fails: SignatureChecker asks for the signer's code size
    /// first, a cold account access (2,600 gas) on every signed act of an EOA, which custodial keys are.
    function _isValidSig(address signer, bytes32 digest, bytes calldata signature) private view returns (bool) {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (err == ECDSA.RecoverError.NoError && recovered == signer) return true;
        return SignatureChecker.isValidERC1271SignatureNowCalldata(signer, digest, signature);
    }

    function _confirm(bytes32 id, Terms calldata terms) private {
        Order storage o = orders[id];
        if (o.status != Status.Funded && o.status != Status.Delivered) revert WrongStatus(id, o.status);
        _release(id, o, terms, true);
    }

    function _sellerRefund(bytes32 id, Terms calldata terms) private {
        Order storage o = orders[id];
        Status st = o.status;
        if (st != Status.Funded && st != Status.Delivered && st != Status.Disputed) revert WrongStatus(id, st);
        _refund(id, o, terms, RefundReason.BySeller);
    }

    function _release(bytes32 id, Order storage o, Terms calldata terms, bool byBuyer) private {
        // mulDiv: no overflow even for amounts near 2^256, so no order can be locked by its fee.
        uint256 fee = Math.mulDiv(terms.amount, o.feeBps, BPS);
        o.status = Status.Released;
        emit Released(id, terms.amount - fee, fee, byBuyer);
        _addFee(terms.token, fee);
        _pay(terms.token, terms.payee, terms.amount - fee);
    }

    function _addFee(address token, uint256 fee) private {
        if (fee != 0) fees[token] += fee;
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

    function _propose(Setting what, uint160 value) private {
        uint64 effectiveAt = uint64(block.timestamp) + CHANGE_DELAY;
        pendingChanges[what] = PendingChange(value, effectiveAt);
        emit ChangeProposed(what, value, effectiveAt);
    }

    function _checkFee(uint16 newFeeBps) private pure returns (uint16) {
        if (newFeeBps > MAX_FEE_BPS) revert FeeTooHigh(newFeeBps);
        return newFeeBps;
    }

    function _checkAddress(address account) private pure returns (address) {
        if (account == address(0)) revert ZeroAddress();
        return account;
    }

    function _checkDisputePeriod(uint32 period) private pure returns (uint32) {
        if (period < MIN_DISPUTE_PERIOD || period > MAX_DISPUTE_PERIOD) revert InvalidDisputePeriod(period);
        return period;
    }

    function _setFee(uint16 newFeeBps) private {
        feeBps = newFeeBps;
        emit FeeChanged(newFeeBps);
    }

    function _setTreasury(address newTreasury) private {
        treasury = newTreasury;
        emit TreasuryChanged(newTreasury);
    }

    function _setArbiter(address newArbiter) private {
        arbiter = newArbiter;
        emit ArbiterChanged(newArbiter);
    }

    function _setDisputePeriod(uint32 newDisputePeriod) private {
        disputePeriod = newDisputePeriod;
        emit DisputePeriodChanged(newDisputePeriod);
    }
}
