/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const connector_e2e = $root.connector_e2e = (() => {

    /**
     * Namespace connector_e2e.
     * @exports connector_e2e
     * @namespace
     */
    const connector_e2e = {};

    connector_e2e.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof connector_e2e
         * @namespace
         */
        const v1 = {};

        v1.AtalaMessage = (function() {

            /**
             * Properties of an AtalaMessage.
             * @typedef {Object} connector_e2e.v1.AtalaMessage.$Properties
             * @property {connector_e2e.v1.ProofRequest.$Properties|null} [proofRequest] AtalaMessage proofRequest
             * @property {connector_e2e.v1.PrismEncryptedMessage.$Properties|null} [encryptedMessage] AtalaMessage encryptedMessage
             * @property {connector_e2e.v1.PlainTextCredential.$Properties|null} [plainCredential] AtalaMessage plainCredential
             * @property {connector_e2e.v1.CredentialRevoked.$Properties|null} [credentialRevoked] AtalaMessage credentialRevoked
             * @property {connector_e2e.v1.AtalaErrorMessage.$Properties|null} [atalaErrorMessage] AtalaMessage atalaErrorMessage
             * @property {google.protobuf.Any.$Properties|null} [customMessage] AtalaMessage customMessage
             * @property {connector_e2e.v1.EndToEndAck.$Properties|null} [e2eAck] AtalaMessage e2eAck
             * @property {connector_e2e.v1.VerifiableCredentialJwt.$Properties|null} [credentialJwt] AtalaMessage credentialJwt
             * @property {string|null} [replyTo] AtalaMessage replyTo
             * @property {string|null} [messageId] AtalaMessage messageId
             * @property {boolean|null} [receiptRequested] AtalaMessage receiptRequested
             * @property {"proofRequest"|"encryptedMessage"|"plainCredential"|"credentialRevoked"|"atalaErrorMessage"|"customMessage"|"e2eAck"|"credentialJwt"} [message] AtalaMessage message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AtalaMessage.
             * @memberof connector_e2e.v1
             * @interface IAtalaMessage
             * @augments connector_e2e.v1.AtalaMessage.$Properties
             * @deprecated Use connector_e2e.v1.AtalaMessage.$Properties instead.
             */

            /**
             * Narrowed shape of an AtalaMessage.
             * @typedef {{
             *   proofRequest?: connector_e2e.v1.ProofRequest.$Shape|null;
             *   encryptedMessage?: connector_e2e.v1.PrismEncryptedMessage.$Shape|null;
             *   plainCredential?: connector_e2e.v1.PlainTextCredential.$Shape|null;
             *   credentialRevoked?: connector_e2e.v1.CredentialRevoked.$Shape|null;
             *   atalaErrorMessage?: connector_e2e.v1.AtalaErrorMessage.$Shape|null;
             *   customMessage?: google.protobuf.Any.$Shape|null;
             *   e2eAck?: connector_e2e.v1.EndToEndAck.$Shape|null;
             *   credentialJwt?: connector_e2e.v1.VerifiableCredentialJwt.$Shape|null;
             *   replyTo?: string|null;
             *   messageId?: string|null;
             *   receiptRequested?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ message?: undefined; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "proofRequest"; proofRequest: connector_e2e.v1.ProofRequest.$Shape; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "encryptedMessage"; proofRequest?: null; encryptedMessage: connector_e2e.v1.PrismEncryptedMessage.$Shape; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "plainCredential"; proofRequest?: null; encryptedMessage?: null; plainCredential: connector_e2e.v1.PlainTextCredential.$Shape; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "credentialRevoked"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked: connector_e2e.v1.CredentialRevoked.$Shape; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "atalaErrorMessage"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage: connector_e2e.v1.AtalaErrorMessage.$Shape; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "customMessage"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage: google.protobuf.Any.$Shape; e2eAck?: null; credentialJwt?: null }|{ message?: "e2eAck"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck: connector_e2e.v1.EndToEndAck.$Shape; credentialJwt?: null }|{ message?: "credentialJwt"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt: connector_e2e.v1.VerifiableCredentialJwt.$Shape })
             * )} connector_e2e.v1.AtalaMessage.$Shape
             */

            /**
             * Constructs a new AtalaMessage.
             * @memberof connector_e2e.v1
             * @classdesc Represents an AtalaMessage.
             * @constructor
             * @param {connector_e2e.v1.AtalaMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AtalaMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AtalaMessage proofRequest.
             * @member {connector_e2e.v1.ProofRequest.$Properties|null|undefined} proofRequest
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.proofRequest = null;

            /**
             * AtalaMessage encryptedMessage.
             * @member {connector_e2e.v1.PrismEncryptedMessage.$Properties|null|undefined} encryptedMessage
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.encryptedMessage = null;

            /**
             * AtalaMessage plainCredential.
             * @member {connector_e2e.v1.PlainTextCredential.$Properties|null|undefined} plainCredential
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.plainCredential = null;

            /**
             * AtalaMessage credentialRevoked.
             * @member {connector_e2e.v1.CredentialRevoked.$Properties|null|undefined} credentialRevoked
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.credentialRevoked = null;

            /**
             * AtalaMessage atalaErrorMessage.
             * @member {connector_e2e.v1.AtalaErrorMessage.$Properties|null|undefined} atalaErrorMessage
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.atalaErrorMessage = null;

            /**
             * AtalaMessage customMessage.
             * @member {google.protobuf.Any.$Properties|null|undefined} customMessage
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.customMessage = null;

            /**
             * AtalaMessage e2eAck.
             * @member {connector_e2e.v1.EndToEndAck.$Properties|null|undefined} e2eAck
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.e2eAck = null;

            /**
             * AtalaMessage credentialJwt.
             * @member {connector_e2e.v1.VerifiableCredentialJwt.$Properties|null|undefined} credentialJwt
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.credentialJwt = null;

            /**
             * AtalaMessage replyTo.
             * @member {string} replyTo
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.replyTo = "";

            /**
             * AtalaMessage messageId.
             * @member {string} messageId
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.messageId = "";

            /**
             * AtalaMessage receiptRequested.
             * @member {boolean} receiptRequested
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            AtalaMessage.prototype.receiptRequested = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AtalaMessage message.
             * @member {"proofRequest"|"encryptedMessage"|"plainCredential"|"credentialRevoked"|"atalaErrorMessage"|"customMessage"|"e2eAck"|"credentialJwt"|undefined} message
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             */
            $Object.defineProperty(AtalaMessage.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["proofRequest", "encryptedMessage", "plainCredential", "credentialRevoked", "atalaErrorMessage", "customMessage", "e2eAck", "credentialJwt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AtalaMessage instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.AtalaMessage
             * @static
             * @param {connector_e2e.v1.AtalaMessage.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.AtalaMessage} AtalaMessage instance
             * @type {{
             *   (properties: connector_e2e.v1.AtalaMessage.$Shape): connector_e2e.v1.AtalaMessage & connector_e2e.v1.AtalaMessage.$Shape;
             *   (properties?: connector_e2e.v1.AtalaMessage.$Properties): connector_e2e.v1.AtalaMessage;
             * }}
             */
            AtalaMessage.create = function(properties) {
                return new AtalaMessage(properties);
            };

            /**
             * Encodes the specified AtalaMessage message. Does not implicitly {@link connector_e2e.v1.AtalaMessage.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.AtalaMessage
             * @static
             * @param {connector_e2e.v1.AtalaMessage.$Properties} message AtalaMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AtalaMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.proofRequest != null && $Object.hasOwnProperty.call(message, "proofRequest"))
                    $root.connector_e2e.v1.ProofRequest.encode(message.proofRequest, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.encryptedMessage != null && $Object.hasOwnProperty.call(message, "encryptedMessage"))
                    $root.connector_e2e.v1.PrismEncryptedMessage.encode(message.encryptedMessage, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.plainCredential != null && $Object.hasOwnProperty.call(message, "plainCredential"))
                    $root.connector_e2e.v1.PlainTextCredential.encode(message.plainCredential, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.credentialRevoked != null && $Object.hasOwnProperty.call(message, "credentialRevoked"))
                    $root.connector_e2e.v1.CredentialRevoked.encode(message.credentialRevoked, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.atalaErrorMessage != null && $Object.hasOwnProperty.call(message, "atalaErrorMessage"))
                    $root.connector_e2e.v1.AtalaErrorMessage.encode(message.atalaErrorMessage, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.customMessage != null && $Object.hasOwnProperty.call(message, "customMessage"))
                    $root.google.protobuf.Any.encode(message.customMessage, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.e2eAck != null && $Object.hasOwnProperty.call(message, "e2eAck"))
                    $root.connector_e2e.v1.EndToEndAck.encode(message.e2eAck, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.credentialJwt != null && $Object.hasOwnProperty.call(message, "credentialJwt"))
                    $root.connector_e2e.v1.VerifiableCredentialJwt.encode(message.credentialJwt, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && message.replyTo !== "")
                    writer.uint32(/* id 101, wireType 2 =*/810).string(message.replyTo);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 102, wireType 2 =*/818).string(message.messageId);
                if (message.receiptRequested != null && $Object.hasOwnProperty.call(message, "receiptRequested") && message.receiptRequested !== false)
                    writer.uint32(/* id 103, wireType 0 =*/824).bool(message.receiptRequested);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AtalaMessage message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.AtalaMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.AtalaMessage & connector_e2e.v1.AtalaMessage.$Shape} AtalaMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AtalaMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.AtalaMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.proofRequest = $root.connector_e2e.v1.ProofRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.proofRequest);
                            message.message = "proofRequest";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.encryptedMessage = $root.connector_e2e.v1.PrismEncryptedMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.encryptedMessage);
                            message.message = "encryptedMessage";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.plainCredential = $root.connector_e2e.v1.PlainTextCredential.decode(reader, reader.size(), $undefined, _depth + 1, message.plainCredential);
                            message.message = "plainCredential";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.credentialRevoked = $root.connector_e2e.v1.CredentialRevoked.decode(reader, reader.size(), $undefined, _depth + 1, message.credentialRevoked);
                            message.message = "credentialRevoked";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.atalaErrorMessage = $root.connector_e2e.v1.AtalaErrorMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.atalaErrorMessage);
                            message.message = "atalaErrorMessage";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.customMessage = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.customMessage);
                            message.message = "customMessage";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.e2eAck = $root.connector_e2e.v1.EndToEndAck.decode(reader, reader.size(), $undefined, _depth + 1, message.e2eAck);
                            message.message = "e2eAck";
                            continue;
                        }
                    case 51: {
                            if (wireType !== 2)
                                break;
                            message.credentialJwt = $root.connector_e2e.v1.VerifiableCredentialJwt.decode(reader, reader.size(), $undefined, _depth + 1, message.credentialJwt);
                            message.message = "credentialJwt";
                            continue;
                        }
                    case 101: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replyTo = value;
                            else
                                delete message.replyTo;
                            continue;
                        }
                    case 102: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 103: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.receiptRequested = value;
                            else
                                delete message.receiptRequested;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AtalaMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.AtalaMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.AtalaMessage} AtalaMessage
             */
            AtalaMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.AtalaMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.AtalaMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.AtalaMessage();
                if (object.proofRequest != null) {
                    if (!$util.isObject(object.proofRequest))
                        throw $TypeError(".connector_e2e.v1.AtalaMessage.proofRequest: object expected");
                    message.proofRequest = $root.connector_e2e.v1.ProofRequest.fromObject(object.proofRequest, _depth + 1);
                }
                if (object.encryptedMessage != null) {
                    if (!$util.isObject(object.encryptedMessage))
                        throw $TypeError(".connector_e2e.v1.AtalaMessage.encryptedMessage: object expected");
                    message.encryptedMessage = $root.connector_e2e.v1.PrismEncryptedMessage.fromObject(object.encryptedMessage, _depth + 1);
                }
                if (object.plainCredential != null) {
                    if (!$util.isObject(object.plainCredential))
                        throw $TypeError(".connector_e2e.v1.AtalaMessage.plainCredential: object expected");
                    message.plainCredential = $root.connector_e2e.v1.PlainTextCredential.fromObject(object.plainCredential, _depth + 1);
                }
                if (object.credentialRevoked != null) {
                    if (!$util.isObject(object.credentialRevoked))
                        throw $TypeError(".connector_e2e.v1.AtalaMessage.credentialRevoked: object expected");
                    message.credentialRevoked = $root.connector_e2e.v1.CredentialRevoked.fromObject(object.credentialRevoked, _depth + 1);
                }
                if (object.atalaErrorMessage != null) {
                    if (!$util.isObject(object.atalaErrorMessage))
                        throw $TypeError(".connector_e2e.v1.AtalaMessage.atalaErrorMessage: object expected");
                    message.atalaErrorMessage = $root.connector_e2e.v1.AtalaErrorMessage.fromObject(object.atalaErrorMessage, _depth + 1);
                }
                if (object.customMessage != null) {
                    if (!$util.isObject(object.customMessage))
                        throw $TypeError(".connector_e2e.v1.AtalaMessage.customMessage: object expected");
                    message.customMessage = $root.google.protobuf.Any.fromObject(object.customMessage, _depth + 1);
                }
                if (object.e2eAck != null) {
                    if (!$util.isObject(object.e2eAck))
                        throw $TypeError(".connector_e2e.v1.AtalaMessage.e2eAck: object expected");
                    message.e2eAck = $root.connector_e2e.v1.EndToEndAck.fromObject(object.e2eAck, _depth + 1);
                }
                if (object.credentialJwt != null) {
                    if (!$util.isObject(object.credentialJwt))
                        throw $TypeError(".connector_e2e.v1.AtalaMessage.credentialJwt: object expected");
                    message.credentialJwt = $root.connector_e2e.v1.VerifiableCredentialJwt.fromObject(object.credentialJwt, _depth + 1);
                }
                if (object.replyTo != null)
                    if (typeof object.replyTo !== "string" || object.replyTo.length)
                        message.replyTo = $String(object.replyTo);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.receiptRequested != null)
                    if (object.receiptRequested)
                        message.receiptRequested = $Boolean(object.receiptRequested);
                return message;
            };

            /**
             * Creates a plain object from an AtalaMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.AtalaMessage
             * @static
             * @param {connector_e2e.v1.AtalaMessage} message AtalaMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AtalaMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.replyTo = "";
                    object.messageId = "";
                    object.receiptRequested = false;
                }
                if (message.proofRequest != null && $Object.hasOwnProperty.call(message, "proofRequest")) {
                    object.proofRequest = $root.connector_e2e.v1.ProofRequest.toObject(message.proofRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "proofRequest";
                }
                if (message.encryptedMessage != null && $Object.hasOwnProperty.call(message, "encryptedMessage")) {
                    object.encryptedMessage = $root.connector_e2e.v1.PrismEncryptedMessage.toObject(message.encryptedMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "encryptedMessage";
                }
                if (message.plainCredential != null && $Object.hasOwnProperty.call(message, "plainCredential")) {
                    object.plainCredential = $root.connector_e2e.v1.PlainTextCredential.toObject(message.plainCredential, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "plainCredential";
                }
                if (message.credentialRevoked != null && $Object.hasOwnProperty.call(message, "credentialRevoked")) {
                    object.credentialRevoked = $root.connector_e2e.v1.CredentialRevoked.toObject(message.credentialRevoked, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "credentialRevoked";
                }
                if (message.atalaErrorMessage != null && $Object.hasOwnProperty.call(message, "atalaErrorMessage")) {
                    object.atalaErrorMessage = $root.connector_e2e.v1.AtalaErrorMessage.toObject(message.atalaErrorMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "atalaErrorMessage";
                }
                if (message.customMessage != null && $Object.hasOwnProperty.call(message, "customMessage")) {
                    object.customMessage = $root.google.protobuf.Any.toObject(message.customMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "customMessage";
                }
                if (message.e2eAck != null && $Object.hasOwnProperty.call(message, "e2eAck")) {
                    object.e2eAck = $root.connector_e2e.v1.EndToEndAck.toObject(message.e2eAck, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "e2eAck";
                }
                if (message.credentialJwt != null && $Object.hasOwnProperty.call(message, "credentialJwt")) {
                    object.credentialJwt = $root.connector_e2e.v1.VerifiableCredentialJwt.toObject(message.credentialJwt, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "credentialJwt";
                }
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    object.replyTo = message.replyTo;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.receiptRequested != null && $Object.hasOwnProperty.call(message, "receiptRequested"))
                    object.receiptRequested = message.receiptRequested;
                return object;
            };

            /**
             * Converts this AtalaMessage to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.AtalaMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AtalaMessage.prototype.toJSON = function() {
                return AtalaMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AtalaMessage
             * @function getTypeUrl
             * @memberof connector_e2e.v1.AtalaMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AtalaMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.AtalaMessage";
            };

            return AtalaMessage;
        })();

        v1.EncryptedMessage = (function() {

            /**
             * Properties of an EncryptedMessage.
             * @typedef {Object} connector_e2e.v1.EncryptedMessage.$Properties
             * @property {Uint8Array|null} [content] EncryptedMessage content
             * @property {string|null} [connectionId] EncryptedMessage connectionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EncryptedMessage.
             * @memberof connector_e2e.v1
             * @interface IEncryptedMessage
             * @augments connector_e2e.v1.EncryptedMessage.$Properties
             * @deprecated Use connector_e2e.v1.EncryptedMessage.$Properties instead.
             */

            /**
             * Shape of an EncryptedMessage.
             * @typedef {connector_e2e.v1.EncryptedMessage.$Properties} connector_e2e.v1.EncryptedMessage.$Shape
             */

            /**
             * Constructs a new EncryptedMessage.
             * @memberof connector_e2e.v1
             * @classdesc Represents an EncryptedMessage.
             * @constructor
             * @param {connector_e2e.v1.EncryptedMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EncryptedMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EncryptedMessage content.
             * @member {Uint8Array} content
             * @memberof connector_e2e.v1.EncryptedMessage
             * @instance
             */
            EncryptedMessage.prototype.content = $util.newBuffer([]);

            /**
             * EncryptedMessage connectionId.
             * @member {string} connectionId
             * @memberof connector_e2e.v1.EncryptedMessage
             * @instance
             */
            EncryptedMessage.prototype.connectionId = "";

            /**
             * Creates a new EncryptedMessage instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.EncryptedMessage
             * @static
             * @param {connector_e2e.v1.EncryptedMessage.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.EncryptedMessage} EncryptedMessage instance
             * @type {{
             *   (properties: connector_e2e.v1.EncryptedMessage.$Shape): connector_e2e.v1.EncryptedMessage & connector_e2e.v1.EncryptedMessage.$Shape;
             *   (properties?: connector_e2e.v1.EncryptedMessage.$Properties): connector_e2e.v1.EncryptedMessage;
             * }}
             */
            EncryptedMessage.create = function(properties) {
                return new EncryptedMessage(properties);
            };

            /**
             * Encodes the specified EncryptedMessage message. Does not implicitly {@link connector_e2e.v1.EncryptedMessage.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.EncryptedMessage
             * @static
             * @param {connector_e2e.v1.EncryptedMessage.$Properties} message EncryptedMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EncryptedMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.content);
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.connectionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EncryptedMessage message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.EncryptedMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.EncryptedMessage & connector_e2e.v1.EncryptedMessage.$Shape} EncryptedMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EncryptedMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.EncryptedMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.content = value;
                            else
                                delete message.content;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connectionId = value;
                            else
                                delete message.connectionId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EncryptedMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.EncryptedMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.EncryptedMessage} EncryptedMessage
             */
            EncryptedMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.EncryptedMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.EncryptedMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.EncryptedMessage();
                if (object.content != null)
                    if (object.content.length)
                        if (typeof object.content === "string")
                            $util.base64.decode(object.content, message.content = $util.newBuffer($util.base64.length(object.content)), 0);
                        else if (object.content.length >= 0)
                            message.content = object.content;
                if (object.connectionId != null)
                    if (typeof object.connectionId !== "string" || object.connectionId.length)
                        message.connectionId = $String(object.connectionId);
                return message;
            };

            /**
             * Creates a plain object from an EncryptedMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.EncryptedMessage
             * @static
             * @param {connector_e2e.v1.EncryptedMessage} message EncryptedMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EncryptedMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.content = "";
                    else {
                        object.content = [];
                        if (options.bytes !== $Array)
                            object.content = $util.newBuffer(object.content);
                    }
                    object.connectionId = "";
                }
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = options.bytes === $String ? $util.base64.encode(message.content, 0, message.content.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.content) : message.content;
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                return object;
            };

            /**
             * Converts this EncryptedMessage to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.EncryptedMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EncryptedMessage.prototype.toJSON = function() {
                return EncryptedMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EncryptedMessage
             * @function getTypeUrl
             * @memberof connector_e2e.v1.EncryptedMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EncryptedMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.EncryptedMessage";
            };

            return EncryptedMessage;
        })();

        v1.ProofRequest = (function() {

            /**
             * Properties of a ProofRequest.
             * @typedef {Object} connector_e2e.v1.ProofRequest.$Properties
             * @property {Array.<string>|null} [typeIds] ProofRequest typeIds
             * @property {string|null} [connectionToken] ProofRequest connectionToken
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProofRequest.
             * @memberof connector_e2e.v1
             * @interface IProofRequest
             * @augments connector_e2e.v1.ProofRequest.$Properties
             * @deprecated Use connector_e2e.v1.ProofRequest.$Properties instead.
             */

            /**
             * Shape of a ProofRequest.
             * @typedef {connector_e2e.v1.ProofRequest.$Properties} connector_e2e.v1.ProofRequest.$Shape
             */

            /**
             * Constructs a new ProofRequest.
             * @memberof connector_e2e.v1
             * @classdesc Represents a ProofRequest.
             * @constructor
             * @param {connector_e2e.v1.ProofRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProofRequest = function (properties) {
                this.typeIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProofRequest typeIds.
             * @member {Array.<string>} typeIds
             * @memberof connector_e2e.v1.ProofRequest
             * @instance
             */
            ProofRequest.prototype.typeIds = $util.emptyArray;

            /**
             * ProofRequest connectionToken.
             * @member {string} connectionToken
             * @memberof connector_e2e.v1.ProofRequest
             * @instance
             */
            ProofRequest.prototype.connectionToken = "";

            /**
             * Creates a new ProofRequest instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.ProofRequest
             * @static
             * @param {connector_e2e.v1.ProofRequest.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.ProofRequest} ProofRequest instance
             * @type {{
             *   (properties: connector_e2e.v1.ProofRequest.$Shape): connector_e2e.v1.ProofRequest & connector_e2e.v1.ProofRequest.$Shape;
             *   (properties?: connector_e2e.v1.ProofRequest.$Properties): connector_e2e.v1.ProofRequest;
             * }}
             */
            ProofRequest.create = function(properties) {
                return new ProofRequest(properties);
            };

            /**
             * Encodes the specified ProofRequest message. Does not implicitly {@link connector_e2e.v1.ProofRequest.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.ProofRequest
             * @static
             * @param {connector_e2e.v1.ProofRequest.$Properties} message ProofRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProofRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeIds != null && message.typeIds.length)
                    for (let i = 0; i < message.typeIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeIds[i]);
                if (message.connectionToken != null && $Object.hasOwnProperty.call(message, "connectionToken") && message.connectionToken !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.connectionToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProofRequest message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.ProofRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.ProofRequest & connector_e2e.v1.ProofRequest.$Shape} ProofRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProofRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.ProofRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.typeIds && message.typeIds.length))
                                message.typeIds = [];
                            message.typeIds.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connectionToken = value;
                            else
                                delete message.connectionToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ProofRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.ProofRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.ProofRequest} ProofRequest
             */
            ProofRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.ProofRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.ProofRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.ProofRequest();
                if (object.typeIds) {
                    if (!$Array.isArray(object.typeIds))
                        throw $TypeError(".connector_e2e.v1.ProofRequest.typeIds: array expected");
                    message.typeIds = $Array(object.typeIds.length);
                    for (let i = 0; i < object.typeIds.length; ++i)
                        message.typeIds[i] = $String(object.typeIds[i]);
                }
                if (object.connectionToken != null)
                    if (typeof object.connectionToken !== "string" || object.connectionToken.length)
                        message.connectionToken = $String(object.connectionToken);
                return message;
            };

            /**
             * Creates a plain object from a ProofRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.ProofRequest
             * @static
             * @param {connector_e2e.v1.ProofRequest} message ProofRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProofRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.typeIds = [];
                if (options.defaults)
                    object.connectionToken = "";
                if (message.typeIds && message.typeIds.length) {
                    object.typeIds = $Array(message.typeIds.length);
                    for (let j = 0; j < message.typeIds.length; ++j)
                        object.typeIds[j] = message.typeIds[j];
                }
                if (message.connectionToken != null && $Object.hasOwnProperty.call(message, "connectionToken"))
                    object.connectionToken = message.connectionToken;
                return object;
            };

            /**
             * Converts this ProofRequest to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.ProofRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProofRequest.prototype.toJSON = function() {
                return ProofRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProofRequest
             * @function getTypeUrl
             * @memberof connector_e2e.v1.ProofRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProofRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.ProofRequest";
            };

            return ProofRequest;
        })();

        v1.PlainTextCredential = (function() {

            /**
             * Properties of a PlainTextCredential.
             * @typedef {Object} connector_e2e.v1.PlainTextCredential.$Properties
             * @property {string|null} [encodedCredential] PlainTextCredential encodedCredential
             * @property {string|null} [encodedMerkleProof] PlainTextCredential encodedMerkleProof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlainTextCredential.
             * @memberof connector_e2e.v1
             * @interface IPlainTextCredential
             * @augments connector_e2e.v1.PlainTextCredential.$Properties
             * @deprecated Use connector_e2e.v1.PlainTextCredential.$Properties instead.
             */

            /**
             * Shape of a PlainTextCredential.
             * @typedef {connector_e2e.v1.PlainTextCredential.$Properties} connector_e2e.v1.PlainTextCredential.$Shape
             */

            /**
             * Constructs a new PlainTextCredential.
             * @memberof connector_e2e.v1
             * @classdesc Represents a PlainTextCredential.
             * @constructor
             * @param {connector_e2e.v1.PlainTextCredential.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlainTextCredential = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlainTextCredential encodedCredential.
             * @member {string} encodedCredential
             * @memberof connector_e2e.v1.PlainTextCredential
             * @instance
             */
            PlainTextCredential.prototype.encodedCredential = "";

            /**
             * PlainTextCredential encodedMerkleProof.
             * @member {string} encodedMerkleProof
             * @memberof connector_e2e.v1.PlainTextCredential
             * @instance
             */
            PlainTextCredential.prototype.encodedMerkleProof = "";

            /**
             * Creates a new PlainTextCredential instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.PlainTextCredential
             * @static
             * @param {connector_e2e.v1.PlainTextCredential.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.PlainTextCredential} PlainTextCredential instance
             * @type {{
             *   (properties: connector_e2e.v1.PlainTextCredential.$Shape): connector_e2e.v1.PlainTextCredential & connector_e2e.v1.PlainTextCredential.$Shape;
             *   (properties?: connector_e2e.v1.PlainTextCredential.$Properties): connector_e2e.v1.PlainTextCredential;
             * }}
             */
            PlainTextCredential.create = function(properties) {
                return new PlainTextCredential(properties);
            };

            /**
             * Encodes the specified PlainTextCredential message. Does not implicitly {@link connector_e2e.v1.PlainTextCredential.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.PlainTextCredential
             * @static
             * @param {connector_e2e.v1.PlainTextCredential.$Properties} message PlainTextCredential message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlainTextCredential.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.encodedCredential != null && $Object.hasOwnProperty.call(message, "encodedCredential") && message.encodedCredential !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.encodedCredential);
                if (message.encodedMerkleProof != null && $Object.hasOwnProperty.call(message, "encodedMerkleProof") && message.encodedMerkleProof !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.encodedMerkleProof);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlainTextCredential message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.PlainTextCredential
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.PlainTextCredential & connector_e2e.v1.PlainTextCredential.$Shape} PlainTextCredential
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlainTextCredential.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.PlainTextCredential();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.encodedCredential = value;
                            else
                                delete message.encodedCredential;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.encodedMerkleProof = value;
                            else
                                delete message.encodedMerkleProof;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PlainTextCredential message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.PlainTextCredential
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.PlainTextCredential} PlainTextCredential
             */
            PlainTextCredential.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.PlainTextCredential)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.PlainTextCredential: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.PlainTextCredential();
                if (object.encodedCredential != null)
                    if (typeof object.encodedCredential !== "string" || object.encodedCredential.length)
                        message.encodedCredential = $String(object.encodedCredential);
                if (object.encodedMerkleProof != null)
                    if (typeof object.encodedMerkleProof !== "string" || object.encodedMerkleProof.length)
                        message.encodedMerkleProof = $String(object.encodedMerkleProof);
                return message;
            };

            /**
             * Creates a plain object from a PlainTextCredential message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.PlainTextCredential
             * @static
             * @param {connector_e2e.v1.PlainTextCredential} message PlainTextCredential
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlainTextCredential.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.encodedCredential = "";
                    object.encodedMerkleProof = "";
                }
                if (message.encodedCredential != null && $Object.hasOwnProperty.call(message, "encodedCredential"))
                    object.encodedCredential = message.encodedCredential;
                if (message.encodedMerkleProof != null && $Object.hasOwnProperty.call(message, "encodedMerkleProof"))
                    object.encodedMerkleProof = message.encodedMerkleProof;
                return object;
            };

            /**
             * Converts this PlainTextCredential to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.PlainTextCredential
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlainTextCredential.prototype.toJSON = function() {
                return PlainTextCredential.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlainTextCredential
             * @function getTypeUrl
             * @memberof connector_e2e.v1.PlainTextCredential
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlainTextCredential.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.PlainTextCredential";
            };

            return PlainTextCredential;
        })();

        v1.PrismEncryptedMessage = (function() {

            /**
             * Properties of a PrismEncryptedMessage.
             * @typedef {Object} connector_e2e.v1.PrismEncryptedMessage.$Properties
             * @property {string|null} [keyId] PrismEncryptedMessage keyId
             * @property {Uint8Array|null} [encryptedContent] PrismEncryptedMessage encryptedContent
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PrismEncryptedMessage.
             * @memberof connector_e2e.v1
             * @interface IPrismEncryptedMessage
             * @augments connector_e2e.v1.PrismEncryptedMessage.$Properties
             * @deprecated Use connector_e2e.v1.PrismEncryptedMessage.$Properties instead.
             */

            /**
             * Shape of a PrismEncryptedMessage.
             * @typedef {connector_e2e.v1.PrismEncryptedMessage.$Properties} connector_e2e.v1.PrismEncryptedMessage.$Shape
             */

            /**
             * Constructs a new PrismEncryptedMessage.
             * @memberof connector_e2e.v1
             * @classdesc Represents a PrismEncryptedMessage.
             * @constructor
             * @param {connector_e2e.v1.PrismEncryptedMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PrismEncryptedMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PrismEncryptedMessage keyId.
             * @member {string} keyId
             * @memberof connector_e2e.v1.PrismEncryptedMessage
             * @instance
             */
            PrismEncryptedMessage.prototype.keyId = "";

            /**
             * PrismEncryptedMessage encryptedContent.
             * @member {Uint8Array} encryptedContent
             * @memberof connector_e2e.v1.PrismEncryptedMessage
             * @instance
             */
            PrismEncryptedMessage.prototype.encryptedContent = $util.newBuffer([]);

            /**
             * Creates a new PrismEncryptedMessage instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.PrismEncryptedMessage
             * @static
             * @param {connector_e2e.v1.PrismEncryptedMessage.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.PrismEncryptedMessage} PrismEncryptedMessage instance
             * @type {{
             *   (properties: connector_e2e.v1.PrismEncryptedMessage.$Shape): connector_e2e.v1.PrismEncryptedMessage & connector_e2e.v1.PrismEncryptedMessage.$Shape;
             *   (properties?: connector_e2e.v1.PrismEncryptedMessage.$Properties): connector_e2e.v1.PrismEncryptedMessage;
             * }}
             */
            PrismEncryptedMessage.create = function(properties) {
                return new PrismEncryptedMessage(properties);
            };

            /**
             * Encodes the specified PrismEncryptedMessage message. Does not implicitly {@link connector_e2e.v1.PrismEncryptedMessage.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.PrismEncryptedMessage
             * @static
             * @param {connector_e2e.v1.PrismEncryptedMessage.$Properties} message PrismEncryptedMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PrismEncryptedMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.encryptedContent != null && $Object.hasOwnProperty.call(message, "encryptedContent") && message.encryptedContent.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.encryptedContent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PrismEncryptedMessage message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.PrismEncryptedMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.PrismEncryptedMessage & connector_e2e.v1.PrismEncryptedMessage.$Shape} PrismEncryptedMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PrismEncryptedMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.PrismEncryptedMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.encryptedContent = value;
                            else
                                delete message.encryptedContent;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PrismEncryptedMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.PrismEncryptedMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.PrismEncryptedMessage} PrismEncryptedMessage
             */
            PrismEncryptedMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.PrismEncryptedMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.PrismEncryptedMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.PrismEncryptedMessage();
                if (object.keyId != null)
                    if (typeof object.keyId !== "string" || object.keyId.length)
                        message.keyId = $String(object.keyId);
                if (object.encryptedContent != null)
                    if (object.encryptedContent.length)
                        if (typeof object.encryptedContent === "string")
                            $util.base64.decode(object.encryptedContent, message.encryptedContent = $util.newBuffer($util.base64.length(object.encryptedContent)), 0);
                        else if (object.encryptedContent.length >= 0)
                            message.encryptedContent = object.encryptedContent;
                return message;
            };

            /**
             * Creates a plain object from a PrismEncryptedMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.PrismEncryptedMessage
             * @static
             * @param {connector_e2e.v1.PrismEncryptedMessage} message PrismEncryptedMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PrismEncryptedMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.keyId = "";
                    if (options.bytes === $String)
                        object.encryptedContent = "";
                    else {
                        object.encryptedContent = [];
                        if (options.bytes !== $Array)
                            object.encryptedContent = $util.newBuffer(object.encryptedContent);
                    }
                }
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = message.keyId;
                if (message.encryptedContent != null && $Object.hasOwnProperty.call(message, "encryptedContent"))
                    object.encryptedContent = options.bytes === $String ? $util.base64.encode(message.encryptedContent, 0, message.encryptedContent.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.encryptedContent) : message.encryptedContent;
                return object;
            };

            /**
             * Converts this PrismEncryptedMessage to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.PrismEncryptedMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PrismEncryptedMessage.prototype.toJSON = function() {
                return PrismEncryptedMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PrismEncryptedMessage
             * @function getTypeUrl
             * @memberof connector_e2e.v1.PrismEncryptedMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PrismEncryptedMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.PrismEncryptedMessage";
            };

            return PrismEncryptedMessage;
        })();

        v1.CredentialRevoked = (function() {

            /**
             * Properties of a CredentialRevoked.
             * @typedef {Object} connector_e2e.v1.CredentialRevoked.$Properties
             * @property {string|null} [encodedCredential] CredentialRevoked encodedCredential
             * @property {string|null} [reason] CredentialRevoked reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CredentialRevoked.
             * @memberof connector_e2e.v1
             * @interface ICredentialRevoked
             * @augments connector_e2e.v1.CredentialRevoked.$Properties
             * @deprecated Use connector_e2e.v1.CredentialRevoked.$Properties instead.
             */

            /**
             * Shape of a CredentialRevoked.
             * @typedef {connector_e2e.v1.CredentialRevoked.$Properties} connector_e2e.v1.CredentialRevoked.$Shape
             */

            /**
             * Constructs a new CredentialRevoked.
             * @memberof connector_e2e.v1
             * @classdesc Represents a CredentialRevoked.
             * @constructor
             * @param {connector_e2e.v1.CredentialRevoked.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CredentialRevoked = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CredentialRevoked encodedCredential.
             * @member {string} encodedCredential
             * @memberof connector_e2e.v1.CredentialRevoked
             * @instance
             */
            CredentialRevoked.prototype.encodedCredential = "";

            /**
             * CredentialRevoked reason.
             * @member {string} reason
             * @memberof connector_e2e.v1.CredentialRevoked
             * @instance
             */
            CredentialRevoked.prototype.reason = "";

            /**
             * Creates a new CredentialRevoked instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.CredentialRevoked
             * @static
             * @param {connector_e2e.v1.CredentialRevoked.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.CredentialRevoked} CredentialRevoked instance
             * @type {{
             *   (properties: connector_e2e.v1.CredentialRevoked.$Shape): connector_e2e.v1.CredentialRevoked & connector_e2e.v1.CredentialRevoked.$Shape;
             *   (properties?: connector_e2e.v1.CredentialRevoked.$Properties): connector_e2e.v1.CredentialRevoked;
             * }}
             */
            CredentialRevoked.create = function(properties) {
                return new CredentialRevoked(properties);
            };

            /**
             * Encodes the specified CredentialRevoked message. Does not implicitly {@link connector_e2e.v1.CredentialRevoked.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.CredentialRevoked
             * @static
             * @param {connector_e2e.v1.CredentialRevoked.$Properties} message CredentialRevoked message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CredentialRevoked.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.encodedCredential != null && $Object.hasOwnProperty.call(message, "encodedCredential") && message.encodedCredential !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.encodedCredential);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CredentialRevoked message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.CredentialRevoked
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.CredentialRevoked & connector_e2e.v1.CredentialRevoked.$Shape} CredentialRevoked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CredentialRevoked.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.CredentialRevoked();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.encodedCredential = value;
                            else
                                delete message.encodedCredential;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CredentialRevoked message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.CredentialRevoked
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.CredentialRevoked} CredentialRevoked
             */
            CredentialRevoked.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.CredentialRevoked)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.CredentialRevoked: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.CredentialRevoked();
                if (object.encodedCredential != null)
                    if (typeof object.encodedCredential !== "string" || object.encodedCredential.length)
                        message.encodedCredential = $String(object.encodedCredential);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a CredentialRevoked message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.CredentialRevoked
             * @static
             * @param {connector_e2e.v1.CredentialRevoked} message CredentialRevoked
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CredentialRevoked.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.encodedCredential = "";
                    object.reason = "";
                }
                if (message.encodedCredential != null && $Object.hasOwnProperty.call(message, "encodedCredential"))
                    object.encodedCredential = message.encodedCredential;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this CredentialRevoked to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.CredentialRevoked
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CredentialRevoked.prototype.toJSON = function() {
                return CredentialRevoked.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CredentialRevoked
             * @function getTypeUrl
             * @memberof connector_e2e.v1.CredentialRevoked
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CredentialRevoked.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.CredentialRevoked";
            };

            return CredentialRevoked;
        })();

        v1.AtalaErrorMessage = (function() {

            /**
             * Properties of an AtalaErrorMessage.
             * @typedef {Object} connector_e2e.v1.AtalaErrorMessage.$Properties
             * @property {google.rpc.Status.$Properties|null} [status] AtalaErrorMessage status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AtalaErrorMessage.
             * @memberof connector_e2e.v1
             * @interface IAtalaErrorMessage
             * @augments connector_e2e.v1.AtalaErrorMessage.$Properties
             * @deprecated Use connector_e2e.v1.AtalaErrorMessage.$Properties instead.
             */

            /**
             * Shape of an AtalaErrorMessage.
             * @typedef {connector_e2e.v1.AtalaErrorMessage.$Properties} connector_e2e.v1.AtalaErrorMessage.$Shape
             */

            /**
             * Constructs a new AtalaErrorMessage.
             * @memberof connector_e2e.v1
             * @classdesc Represents an AtalaErrorMessage.
             * @constructor
             * @param {connector_e2e.v1.AtalaErrorMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AtalaErrorMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AtalaErrorMessage status.
             * @member {google.rpc.Status.$Properties|null|undefined} status
             * @memberof connector_e2e.v1.AtalaErrorMessage
             * @instance
             */
            AtalaErrorMessage.prototype.status = null;

            /**
             * Creates a new AtalaErrorMessage instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.AtalaErrorMessage
             * @static
             * @param {connector_e2e.v1.AtalaErrorMessage.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.AtalaErrorMessage} AtalaErrorMessage instance
             * @type {{
             *   (properties: connector_e2e.v1.AtalaErrorMessage.$Shape): connector_e2e.v1.AtalaErrorMessage & connector_e2e.v1.AtalaErrorMessage.$Shape;
             *   (properties?: connector_e2e.v1.AtalaErrorMessage.$Properties): connector_e2e.v1.AtalaErrorMessage;
             * }}
             */
            AtalaErrorMessage.create = function(properties) {
                return new AtalaErrorMessage(properties);
            };

            /**
             * Encodes the specified AtalaErrorMessage message. Does not implicitly {@link connector_e2e.v1.AtalaErrorMessage.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.AtalaErrorMessage
             * @static
             * @param {connector_e2e.v1.AtalaErrorMessage.$Properties} message AtalaErrorMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AtalaErrorMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.google.rpc.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AtalaErrorMessage message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.AtalaErrorMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.AtalaErrorMessage & connector_e2e.v1.AtalaErrorMessage.$Shape} AtalaErrorMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AtalaErrorMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.AtalaErrorMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.google.rpc.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AtalaErrorMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.AtalaErrorMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.AtalaErrorMessage} AtalaErrorMessage
             */
            AtalaErrorMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.AtalaErrorMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.AtalaErrorMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.AtalaErrorMessage();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".connector_e2e.v1.AtalaErrorMessage.status: object expected");
                    message.status = $root.google.rpc.Status.fromObject(object.status, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AtalaErrorMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.AtalaErrorMessage
             * @static
             * @param {connector_e2e.v1.AtalaErrorMessage} message AtalaErrorMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AtalaErrorMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.status = null;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.google.rpc.Status.toObject(message.status, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AtalaErrorMessage to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.AtalaErrorMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AtalaErrorMessage.prototype.toJSON = function() {
                return AtalaErrorMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AtalaErrorMessage
             * @function getTypeUrl
             * @memberof connector_e2e.v1.AtalaErrorMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AtalaErrorMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.AtalaErrorMessage";
            };

            return AtalaErrorMessage;
        })();

        v1.VerifiableCredentialJwt = (function() {

            /**
             * Properties of a VerifiableCredentialJwt.
             * @typedef {Object} connector_e2e.v1.VerifiableCredentialJwt.$Properties
             * @property {string|null} [jwt] VerifiableCredentialJwt jwt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerifiableCredentialJwt.
             * @memberof connector_e2e.v1
             * @interface IVerifiableCredentialJwt
             * @augments connector_e2e.v1.VerifiableCredentialJwt.$Properties
             * @deprecated Use connector_e2e.v1.VerifiableCredentialJwt.$Properties instead.
             */

            /**
             * Shape of a VerifiableCredentialJwt.
             * @typedef {connector_e2e.v1.VerifiableCredentialJwt.$Properties} connector_e2e.v1.VerifiableCredentialJwt.$Shape
             */

            /**
             * Constructs a new VerifiableCredentialJwt.
             * @memberof connector_e2e.v1
             * @classdesc Represents a VerifiableCredentialJwt.
             * @constructor
             * @param {connector_e2e.v1.VerifiableCredentialJwt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerifiableCredentialJwt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VerifiableCredentialJwt jwt.
             * @member {string} jwt
             * @memberof connector_e2e.v1.VerifiableCredentialJwt
             * @instance
             */
            VerifiableCredentialJwt.prototype.jwt = "";

            /**
             * Creates a new VerifiableCredentialJwt instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.VerifiableCredentialJwt
             * @static
             * @param {connector_e2e.v1.VerifiableCredentialJwt.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.VerifiableCredentialJwt} VerifiableCredentialJwt instance
             * @type {{
             *   (properties: connector_e2e.v1.VerifiableCredentialJwt.$Shape): connector_e2e.v1.VerifiableCredentialJwt & connector_e2e.v1.VerifiableCredentialJwt.$Shape;
             *   (properties?: connector_e2e.v1.VerifiableCredentialJwt.$Properties): connector_e2e.v1.VerifiableCredentialJwt;
             * }}
             */
            VerifiableCredentialJwt.create = function(properties) {
                return new VerifiableCredentialJwt(properties);
            };

            /**
             * Encodes the specified VerifiableCredentialJwt message. Does not implicitly {@link connector_e2e.v1.VerifiableCredentialJwt.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.VerifiableCredentialJwt
             * @static
             * @param {connector_e2e.v1.VerifiableCredentialJwt.$Properties} message VerifiableCredentialJwt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerifiableCredentialJwt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jwt != null && $Object.hasOwnProperty.call(message, "jwt") && message.jwt !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jwt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VerifiableCredentialJwt message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.VerifiableCredentialJwt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.VerifiableCredentialJwt & connector_e2e.v1.VerifiableCredentialJwt.$Shape} VerifiableCredentialJwt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerifiableCredentialJwt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.VerifiableCredentialJwt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jwt = value;
                            else
                                delete message.jwt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a VerifiableCredentialJwt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.VerifiableCredentialJwt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.VerifiableCredentialJwt} VerifiableCredentialJwt
             */
            VerifiableCredentialJwt.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.VerifiableCredentialJwt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.VerifiableCredentialJwt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.VerifiableCredentialJwt();
                if (object.jwt != null)
                    if (typeof object.jwt !== "string" || object.jwt.length)
                        message.jwt = $String(object.jwt);
                return message;
            };

            /**
             * Creates a plain object from a VerifiableCredentialJwt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.VerifiableCredentialJwt
             * @static
             * @param {connector_e2e.v1.VerifiableCredentialJwt} message VerifiableCredentialJwt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerifiableCredentialJwt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.jwt = "";
                if (message.jwt != null && $Object.hasOwnProperty.call(message, "jwt"))
                    object.jwt = message.jwt;
                return object;
            };

            /**
             * Converts this VerifiableCredentialJwt to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.VerifiableCredentialJwt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerifiableCredentialJwt.prototype.toJSON = function() {
                return VerifiableCredentialJwt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerifiableCredentialJwt
             * @function getTypeUrl
             * @memberof connector_e2e.v1.VerifiableCredentialJwt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerifiableCredentialJwt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.VerifiableCredentialJwt";
            };

            return VerifiableCredentialJwt;
        })();

        v1.EndToEndAck = (function() {

            /**
             * Properties of an EndToEndAck.
             * @typedef {Object} connector_e2e.v1.EndToEndAck.$Properties
             * @property {number|null} [epoch] EndToEndAck epoch
             * @property {Array.<number>|null} [counters] EndToEndAck counters
             * @property {number|null} [receiveNext] EndToEndAck receiveNext
             * @property {Uint8Array|null} [keyId] EndToEndAck keyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EndToEndAck.
             * @memberof connector_e2e.v1
             * @interface IEndToEndAck
             * @augments connector_e2e.v1.EndToEndAck.$Properties
             * @deprecated Use connector_e2e.v1.EndToEndAck.$Properties instead.
             */

            /**
             * Shape of an EndToEndAck.
             * @typedef {connector_e2e.v1.EndToEndAck.$Properties} connector_e2e.v1.EndToEndAck.$Shape
             */

            /**
             * Constructs a new EndToEndAck.
             * @memberof connector_e2e.v1
             * @classdesc Represents an EndToEndAck.
             * @constructor
             * @param {connector_e2e.v1.EndToEndAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EndToEndAck = function (properties) {
                this.counters = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EndToEndAck epoch.
             * @member {number} epoch
             * @memberof connector_e2e.v1.EndToEndAck
             * @instance
             */
            EndToEndAck.prototype.epoch = 0;

            /**
             * EndToEndAck counters.
             * @member {Array.<number>} counters
             * @memberof connector_e2e.v1.EndToEndAck
             * @instance
             */
            EndToEndAck.prototype.counters = $util.emptyArray;

            /**
             * EndToEndAck receiveNext.
             * @member {number} receiveNext
             * @memberof connector_e2e.v1.EndToEndAck
             * @instance
             */
            EndToEndAck.prototype.receiveNext = 0;

            /**
             * EndToEndAck keyId.
             * @member {Uint8Array} keyId
             * @memberof connector_e2e.v1.EndToEndAck
             * @instance
             */
            EndToEndAck.prototype.keyId = $util.newBuffer([]);

            /**
             * Creates a new EndToEndAck instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.EndToEndAck
             * @static
             * @param {connector_e2e.v1.EndToEndAck.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.EndToEndAck} EndToEndAck instance
             * @type {{
             *   (properties: connector_e2e.v1.EndToEndAck.$Shape): connector_e2e.v1.EndToEndAck & connector_e2e.v1.EndToEndAck.$Shape;
             *   (properties?: connector_e2e.v1.EndToEndAck.$Properties): connector_e2e.v1.EndToEndAck;
             * }}
             */
            EndToEndAck.create = function(properties) {
                return new EndToEndAck(properties);
            };

            /**
             * Encodes the specified EndToEndAck message. Does not implicitly {@link connector_e2e.v1.EndToEndAck.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.EndToEndAck
             * @static
             * @param {connector_e2e.v1.EndToEndAck.$Properties} message EndToEndAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndToEndAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.counters != null && message.counters.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.counters);
                if (message.receiveNext != null && $Object.hasOwnProperty.call(message, "receiveNext") && message.receiveNext !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.receiveNext);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.keyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EndToEndAck message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.EndToEndAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.EndToEndAck & connector_e2e.v1.EndToEndAck.$Shape} EndToEndAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndToEndAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.EndToEndAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.counters && message.counters.length))
                                    message.counters = [];
                                reader.uint32s(message.counters);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.counters && message.counters.length))
                                message.counters = [];
                            message.counters.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receiveNext = value;
                            else
                                delete message.receiveNext;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EndToEndAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.EndToEndAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.EndToEndAck} EndToEndAck
             */
            EndToEndAck.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.EndToEndAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.EndToEndAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.EndToEndAck();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.counters) {
                    if (!$Array.isArray(object.counters))
                        throw $TypeError(".connector_e2e.v1.EndToEndAck.counters: array expected");
                    message.counters = $Array(object.counters.length);
                    for (let i = 0; i < object.counters.length; ++i)
                        message.counters[i] = object.counters[i] >>> 0;
                }
                if (object.receiveNext != null)
                    if ($Number(object.receiveNext) !== 0)
                        message.receiveNext = object.receiveNext >>> 0;
                if (object.keyId != null)
                    if (object.keyId.length)
                        if (typeof object.keyId === "string")
                            $util.base64.decode(object.keyId, message.keyId = $util.newBuffer($util.base64.length(object.keyId)), 0);
                        else if (object.keyId.length >= 0)
                            message.keyId = object.keyId;
                return message;
            };

            /**
             * Creates a plain object from an EndToEndAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.EndToEndAck
             * @static
             * @param {connector_e2e.v1.EndToEndAck} message EndToEndAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EndToEndAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.counters = [];
                if (options.defaults) {
                    object.epoch = 0;
                    object.receiveNext = 0;
                    if (options.bytes === $String)
                        object.keyId = "";
                    else {
                        object.keyId = [];
                        if (options.bytes !== $Array)
                            object.keyId = $util.newBuffer(object.keyId);
                    }
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.counters && message.counters.length) {
                    object.counters = $Array(message.counters.length);
                    for (let j = 0; j < message.counters.length; ++j)
                        object.counters[j] = message.counters[j];
                }
                if (message.receiveNext != null && $Object.hasOwnProperty.call(message, "receiveNext"))
                    object.receiveNext = message.receiveNext;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                return object;
            };

            /**
             * Converts this EndToEndAck to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.EndToEndAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EndToEndAck.prototype.toJSON = function() {
                return EndToEndAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EndToEndAck
             * @function getTypeUrl
             * @memberof connector_e2e.v1.EndToEndAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EndToEndAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.EndToEndAck";
            };

            return EndToEndAck;
        })();

        v1.SealedControl = (function() {

            /**
             * Properties of a SealedControl.
             * @typedef {Object} connector_e2e.v1.SealedControl.$Properties
             * @property {string|null} [connectionId] SealedControl connectionId
             * @property {Uint8Array|null} [iv] SealedControl iv
             * @property {Uint8Array|null} [content] SealedControl content
             * @property {number|null} [epoch] SealedControl epoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SealedControl.
             * @memberof connector_e2e.v1
             * @interface ISealedControl
             * @augments connector_e2e.v1.SealedControl.$Properties
             * @deprecated Use connector_e2e.v1.SealedControl.$Properties instead.
             */

            /**
             * Shape of a SealedControl.
             * @typedef {connector_e2e.v1.SealedControl.$Properties} connector_e2e.v1.SealedControl.$Shape
             */

            /**
             * Constructs a new SealedControl.
             * @memberof connector_e2e.v1
             * @classdesc Represents a SealedControl.
             * @constructor
             * @param {connector_e2e.v1.SealedControl.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SealedControl = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SealedControl connectionId.
             * @member {string} connectionId
             * @memberof connector_e2e.v1.SealedControl
             * @instance
             */
            SealedControl.prototype.connectionId = "";

            /**
             * SealedControl iv.
             * @member {Uint8Array} iv
             * @memberof connector_e2e.v1.SealedControl
             * @instance
             */
            SealedControl.prototype.iv = $util.newBuffer([]);

            /**
             * SealedControl content.
             * @member {Uint8Array} content
             * @memberof connector_e2e.v1.SealedControl
             * @instance
             */
            SealedControl.prototype.content = $util.newBuffer([]);

            /**
             * SealedControl epoch.
             * @member {number} epoch
             * @memberof connector_e2e.v1.SealedControl
             * @instance
             */
            SealedControl.prototype.epoch = 0;

            /**
             * Creates a new SealedControl instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.SealedControl
             * @static
             * @param {connector_e2e.v1.SealedControl.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.SealedControl} SealedControl instance
             * @type {{
             *   (properties: connector_e2e.v1.SealedControl.$Shape): connector_e2e.v1.SealedControl & connector_e2e.v1.SealedControl.$Shape;
             *   (properties?: connector_e2e.v1.SealedControl.$Properties): connector_e2e.v1.SealedControl;
             * }}
             */
            SealedControl.create = function(properties) {
                return new SealedControl(properties);
            };

            /**
             * Encodes the specified SealedControl message. Does not implicitly {@link connector_e2e.v1.SealedControl.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.SealedControl
             * @static
             * @param {connector_e2e.v1.SealedControl.$Properties} message SealedControl message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SealedControl.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.connectionId);
                if (message.iv != null && $Object.hasOwnProperty.call(message, "iv") && message.iv.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.iv);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.content);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SealedControl message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.SealedControl
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.SealedControl & connector_e2e.v1.SealedControl.$Shape} SealedControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SealedControl.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.SealedControl();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connectionId = value;
                            else
                                delete message.connectionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.iv = value;
                            else
                                delete message.iv;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.content = value;
                            else
                                delete message.content;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SealedControl message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.SealedControl
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.SealedControl} SealedControl
             */
            SealedControl.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.SealedControl)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.SealedControl: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.SealedControl();
                if (object.connectionId != null)
                    if (typeof object.connectionId !== "string" || object.connectionId.length)
                        message.connectionId = $String(object.connectionId);
                if (object.iv != null)
                    if (object.iv.length)
                        if (typeof object.iv === "string")
                            $util.base64.decode(object.iv, message.iv = $util.newBuffer($util.base64.length(object.iv)), 0);
                        else if (object.iv.length >= 0)
                            message.iv = object.iv;
                if (object.content != null)
                    if (object.content.length)
                        if (typeof object.content === "string")
                            $util.base64.decode(object.content, message.content = $util.newBuffer($util.base64.length(object.content)), 0);
                        else if (object.content.length >= 0)
                            message.content = object.content;
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SealedControl message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.SealedControl
             * @static
             * @param {connector_e2e.v1.SealedControl} message SealedControl
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SealedControl.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.connectionId = "";
                    if (options.bytes === $String)
                        object.iv = "";
                    else {
                        object.iv = [];
                        if (options.bytes !== $Array)
                            object.iv = $util.newBuffer(object.iv);
                    }
                    if (options.bytes === $String)
                        object.content = "";
                    else {
                        object.content = [];
                        if (options.bytes !== $Array)
                            object.content = $util.newBuffer(object.content);
                    }
                    object.epoch = 0;
                }
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                if (message.iv != null && $Object.hasOwnProperty.call(message, "iv"))
                    object.iv = options.bytes === $String ? $util.base64.encode(message.iv, 0, message.iv.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.iv) : message.iv;
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = options.bytes === $String ? $util.base64.encode(message.content, 0, message.content.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.content) : message.content;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                return object;
            };

            /**
             * Converts this SealedControl to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.SealedControl
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SealedControl.prototype.toJSON = function() {
                return SealedControl.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SealedControl
             * @function getTypeUrl
             * @memberof connector_e2e.v1.SealedControl
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SealedControl.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.SealedControl";
            };

            return SealedControl;
        })();

        v1.ControlMessage = (function() {

            /**
             * Properties of a ControlMessage.
             * @typedef {Object} connector_e2e.v1.ControlMessage.$Properties
             * @property {number|null} [sequence] ControlMessage sequence
             * @property {connector_e2e.v1.CounterResync.$Properties|null} [resync] ControlMessage resync
             * @property {connector_e2e.v1.RekeyRequest.$Properties|null} [rekeyRequest] ControlMessage rekeyRequest
             * @property {connector_e2e.v1.RekeyBundle.$Properties|null} [rekeyBundle] ControlMessage rekeyBundle
             * @property {connector_e2e.v1.RekeyInit.$Properties|null} [rekeyInit] ControlMessage rekeyInit
             * @property {connector_e2e.v1.RekeyConfirmation.$Properties|null} [rekeyConfirmation] ControlMessage rekeyConfirmation
             * @property {connector_e2e.v1.StatusReport.$Properties|null} [status] ControlMessage status
             * @property {connector_e2e.v1.SendingKey.$Properties|null} [sendingKey] ControlMessage sendingKey
             * @property {connector_e2e.v1.ConnectionClose.$Properties|null} [close] ControlMessage close
             * @property {connector_e2e.v1.DeliveryReceipt.$Properties|null} [receipt] ControlMessage receipt
             * @property {"resync"|"rekeyRequest"|"rekeyBundle"|"rekeyInit"|"rekeyConfirmation"|"status"|"sendingKey"|"close"|"receipt"} [body] ControlMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlMessage.
             * @memberof connector_e2e.v1
             * @interface IControlMessage
             * @augments connector_e2e.v1.ControlMessage.$Properties
             * @deprecated Use connector_e2e.v1.ControlMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a ControlMessage.
             * @typedef {{
             *   sequence?: number|null;
             *   resync?: connector_e2e.v1.CounterResync.$Shape|null;
             *   rekeyRequest?: connector_e2e.v1.RekeyRequest.$Shape|null;
             *   rekeyBundle?: connector_e2e.v1.RekeyBundle.$Shape|null;
             *   rekeyInit?: connector_e2e.v1.RekeyInit.$Shape|null;
             *   rekeyConfirmation?: connector_e2e.v1.RekeyConfirmation.$Shape|null;
             *   status?: connector_e2e.v1.StatusReport.$Shape|null;
             *   sendingKey?: connector_e2e.v1.SendingKey.$Shape|null;
             *   close?: connector_e2e.v1.ConnectionClose.$Shape|null;
             *   receipt?: connector_e2e.v1.DeliveryReceipt.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "resync"; resync: connector_e2e.v1.CounterResync.$Shape; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "rekeyRequest"; resync?: null; rekeyRequest: connector_e2e.v1.RekeyRequest.$Shape; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "rekeyBundle"; resync?: null; rekeyRequest?: null; rekeyBundle: connector_e2e.v1.RekeyBundle.$Shape; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "rekeyInit"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit: connector_e2e.v1.RekeyInit.$Shape; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "rekeyConfirmation"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation: connector_e2e.v1.RekeyConfirmation.$Shape; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "status"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status: connector_e2e.v1.StatusReport.$Shape; sendingKey?: null; close?: null; receipt?: null }|{ body?: "sendingKey"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey: connector_e2e.v1.SendingKey.$Shape; close?: null; receipt?: null }|{ body?: "close"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close: connector_e2e.v1.ConnectionClose.$Shape; receipt?: null }|{ body?: "receipt"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt: connector_e2e.v1.DeliveryReceipt.$Shape })
             * )} connector_e2e.v1.ControlMessage.$Shape
             */

            /**
             * Constructs a new ControlMessage.
             * @memberof connector_e2e.v1
             * @classdesc Represents a ControlMessage.
             * @constructor
             * @param {connector_e2e.v1.ControlMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ControlMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ControlMessage sequence.
             * @member {number} sequence
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ControlMessage resync.
             * @member {connector_e2e.v1.CounterResync.$Properties|null|undefined} resync
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.resync = null;

            /**
             * ControlMessage rekeyRequest.
             * @member {connector_e2e.v1.RekeyRequest.$Properties|null|undefined} rekeyRequest
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.rekeyRequest = null;

            /**
             * ControlMessage rekeyBundle.
             * @member {connector_e2e.v1.RekeyBundle.$Properties|null|undefined} rekeyBundle
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.rekeyBundle = null;

            /**
             * ControlMessage rekeyInit.
             * @member {connector_e2e.v1.RekeyInit.$Properties|null|undefined} rekeyInit
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.rekeyInit = null;

            /**
             * ControlMessage rekeyConfirmation.
             * @member {connector_e2e.v1.RekeyConfirmation.$Properties|null|undefined} rekeyConfirmation
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.rekeyConfirmation = null;

            /**
             * ControlMessage status.
             * @member {connector_e2e.v1.StatusReport.$Properties|null|undefined} status
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.status = null;

            /**
             * ControlMessage sendingKey.
             * @member {connector_e2e.v1.SendingKey.$Properties|null|undefined} sendingKey
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.sendingKey = null;

            /**
             * ControlMessage close.
             * @member {connector_e2e.v1.ConnectionClose.$Properties|null|undefined} close
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.close = null;

            /**
             * ControlMessage receipt.
             * @member {connector_e2e.v1.DeliveryReceipt.$Properties|null|undefined} receipt
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            ControlMessage.prototype.receipt = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ControlMessage body.
             * @member {"resync"|"rekeyRequest"|"rekeyBundle"|"rekeyInit"|"rekeyConfirmation"|"status"|"sendingKey"|"close"|"receipt"|undefined} body
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             */
            $Object.defineProperty(ControlMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["resync", "rekeyRequest", "rekeyBundle", "rekeyInit", "rekeyConfirmation", "status", "sendingKey", "close", "receipt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ControlMessage instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.ControlMessage
             * @static
             * @param {connector_e2e.v1.ControlMessage.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.ControlMessage} ControlMessage instance
             * @type {{
             *   (properties: connector_e2e.v1.ControlMessage.$Shape): connector_e2e.v1.ControlMessage & connector_e2e.v1.ControlMessage.$Shape;
             *   (properties?: connector_e2e.v1.ControlMessage.$Properties): connector_e2e.v1.ControlMessage;
             * }}
             */
            ControlMessage.create = function(properties) {
                return new ControlMessage(properties);
            };

            /**
             * Encodes the specified ControlMessage message. Does not implicitly {@link connector_e2e.v1.ControlMessage.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.ControlMessage
             * @static
             * @param {connector_e2e.v1.ControlMessage.$Properties} message ControlMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sequence);
                if (message.resync != null && $Object.hasOwnProperty.call(message, "resync"))
                    $root.connector_e2e.v1.CounterResync.encode(message.resync, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.rekeyRequest != null && $Object.hasOwnProperty.call(message, "rekeyRequest"))
                    $root.connector_e2e.v1.RekeyRequest.encode(message.rekeyRequest, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.rekeyBundle != null && $Object.hasOwnProperty.call(message, "rekeyBundle"))
                    $root.connector_e2e.v1.RekeyBundle.encode(message.rekeyBundle, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.rekeyInit != null && $Object.hasOwnProperty.call(message, "rekeyInit"))
                    $root.connector_e2e.v1.RekeyInit.encode(message.rekeyInit, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.rekeyConfirmation != null && $Object.hasOwnProperty.call(message, "rekeyConfirmation"))
                    $root.connector_e2e.v1.RekeyConfirmation.encode(message.rekeyConfirmation, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.connector_e2e.v1.StatusReport.encode(message.status, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.sendingKey != null && $Object.hasOwnProperty.call(message, "sendingKey"))
                    $root.connector_e2e.v1.SendingKey.encode(message.sendingKey, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    $root.connector_e2e.v1.ConnectionClose.encode(message.close, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.connector_e2e.v1.DeliveryReceipt.encode(message.receipt, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ControlMessage message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.ControlMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.ControlMessage & connector_e2e.v1.ControlMessage.$Shape} ControlMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.ControlMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.resync = $root.connector_e2e.v1.CounterResync.decode(reader, reader.size(), $undefined, _depth + 1, message.resync);
                            message.body = "resync";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.rekeyRequest = $root.connector_e2e.v1.RekeyRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.rekeyRequest);
                            message.body = "rekeyRequest";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.rekeyBundle = $root.connector_e2e.v1.RekeyBundle.decode(reader, reader.size(), $undefined, _depth + 1, message.rekeyBundle);
                            message.body = "rekeyBundle";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rekeyInit = $root.connector_e2e.v1.RekeyInit.decode(reader, reader.size(), $undefined, _depth + 1, message.rekeyInit);
                            message.body = "rekeyInit";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.rekeyConfirmation = $root.connector_e2e.v1.RekeyConfirmation.decode(reader, reader.size(), $undefined, _depth + 1, message.rekeyConfirmation);
                            message.body = "rekeyConfirmation";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.connector_e2e.v1.StatusReport.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.body = "status";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.sendingKey = $root.connector_e2e.v1.SendingKey.decode(reader, reader.size(), $undefined, _depth + 1, message.sendingKey);
                            message.body = "sendingKey";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.close = $root.connector_e2e.v1.ConnectionClose.decode(reader, reader.size(), $undefined, _depth + 1, message.close);
                            message.body = "close";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.connector_e2e.v1.DeliveryReceipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            message.body = "receipt";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ControlMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.ControlMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.ControlMessage} ControlMessage
             */
            ControlMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.ControlMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.ControlMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.ControlMessage();
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.resync != null) {
                    if (!$util.isObject(object.resync))
                        throw $TypeError(".connector_e2e.v1.ControlMessage.resync: object expected");
                    message.resync = $root.connector_e2e.v1.CounterResync.fromObject(object.resync, _depth + 1);
                }
                if (object.rekeyRequest != null) {
                    if (!$util.isObject(object.rekeyRequest))
                        throw $TypeError(".connector_e2e.v1.ControlMessage.rekeyRequest: object expected");
                    message.rekeyRequest = $root.connector_e2e.v1.RekeyRequest.fromObject(object.rekeyRequest, _depth + 1);
                }
                if (object.rekeyBundle != null) {
                    if (!$util.isObject(object.rekeyBundle))
                        throw $TypeError(".connector_e2e.v1.ControlMessage.rekeyBundle: object expected");
                    message.rekeyBundle = $root.connector_e2e.v1.RekeyBundle.fromObject(object.rekeyBundle, _depth + 1);
                }
                if (object.rekeyInit != null) {
                    if (!$util.isObject(object.rekeyInit))
                        throw $TypeError(".connector_e2e.v1.ControlMessage.rekeyInit: object expected");
                    message.rekeyInit = $root.connector_e2e.v1.RekeyInit.fromObject(object.rekeyInit, _depth + 1);
                }
                if (object.rekeyConfirmation != null) {
                    if (!$util.isObject(object.rekeyConfirmation))
                        throw $TypeError(".connector_e2e.v1.ControlMessage.rekeyConfirmation: object expected");
                    message.rekeyConfirmation = $root.connector_e2e.v1.RekeyConfirmation.fromObject(object.rekeyConfirmation, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".connector_e2e.v1.ControlMessage.status: object expected");
                    message.status = $root.connector_e2e.v1.StatusReport.fromObject(object.status, _depth + 1);
                }
                if (object.sendingKey != null) {
                    if (!$util.isObject(object.sendingKey))
                        throw $TypeError(".connector_e2e.v1.ControlMessage.sendingKey: object expected");
                    message.sendingKey = $root.connector_e2e.v1.SendingKey.fromObject(object.sendingKey, _depth + 1);
                }
                if (object.close != null) {
                    if (!$util.isObject(object.close))
                        throw $TypeError(".connector_e2e.v1.ControlMessage.close: object expected");
                    message.close = $root.connector_e2e.v1.ConnectionClose.fromObject(object.close, _depth + 1);
                }
                if (object.receipt != null) {
                    if (!$util.isObject(object.receipt))
                        throw $TypeError(".connector_e2e.v1.ControlMessage.receipt: object expected");
                    message.receipt = $root.connector_e2e.v1.DeliveryReceipt.fromObject(object.receipt, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ControlMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.ControlMessage
             * @static
             * @param {connector_e2e.v1.ControlMessage} message ControlMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.resync != null && $Object.hasOwnProperty.call(message, "resync")) {
                    object.resync = $root.connector_e2e.v1.CounterResync.toObject(message.resync, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "resync";
                }
                if (message.rekeyRequest != null && $Object.hasOwnProperty.call(message, "rekeyRequest")) {
                    object.rekeyRequest = $root.connector_e2e.v1.RekeyRequest.toObject(message.rekeyRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "rekeyRequest";
                }
                if (message.rekeyBundle != null && $Object.hasOwnProperty.call(message, "rekeyBundle")) {
                    object.rekeyBundle = $root.connector_e2e.v1.RekeyBundle.toObject(message.rekeyBundle, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "rekeyBundle";
                }
                if (message.rekeyInit != null && $Object.hasOwnProperty.call(message, "rekeyInit")) {
                    object.rekeyInit = $root.connector_e2e.v1.RekeyInit.toObject(message.rekeyInit, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "rekeyInit";
                }
                if (message.rekeyConfirmation != null && $Object.hasOwnProperty.call(message, "rekeyConfirmation")) {
                    object.rekeyConfirmation = $root.connector_e2e.v1.RekeyConfirmation.toObject(message.rekeyConfirmation, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "rekeyConfirmation";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    object.status = $root.connector_e2e.v1.StatusReport.toObject(message.status, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "status";
                }
                if (message.sendingKey != null && $Object.hasOwnProperty.call(message, "sendingKey")) {
                    object.sendingKey = $root.connector_e2e.v1.SendingKey.toObject(message.sendingKey, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sendingKey";
                }
                if (message.close != null && $Object.hasOwnProperty.call(message, "close")) {
                    object.close = $root.connector_e2e.v1.ConnectionClose.toObject(message.close, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "close";
                }
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                    object.receipt = $root.connector_e2e.v1.DeliveryReceipt.toObject(message.receipt, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "receipt";
                }
                return object;
            };

            /**
             * Converts this ControlMessage to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.ControlMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlMessage.prototype.toJSON = function() {
                return ControlMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlMessage
             * @function getTypeUrl
             * @memberof connector_e2e.v1.ControlMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.ControlMessage";
            };

            return ControlMessage;
        })();

        v1.DeliveryReceipt = (function() {

            /**
             * Properties of a DeliveryReceipt.
             * @typedef {Object} connector_e2e.v1.DeliveryReceipt.$Properties
             * @property {string|null} [jwt] DeliveryReceipt jwt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeliveryReceipt.
             * @memberof connector_e2e.v1
             * @interface IDeliveryReceipt
             * @augments connector_e2e.v1.DeliveryReceipt.$Properties
             * @deprecated Use connector_e2e.v1.DeliveryReceipt.$Properties instead.
             */

            /**
             * Shape of a DeliveryReceipt.
             * @typedef {connector_e2e.v1.DeliveryReceipt.$Properties} connector_e2e.v1.DeliveryReceipt.$Shape
             */

            /**
             * Constructs a new DeliveryReceipt.
             * @memberof connector_e2e.v1
             * @classdesc Represents a DeliveryReceipt.
             * @constructor
             * @param {connector_e2e.v1.DeliveryReceipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeliveryReceipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeliveryReceipt jwt.
             * @member {string} jwt
             * @memberof connector_e2e.v1.DeliveryReceipt
             * @instance
             */
            DeliveryReceipt.prototype.jwt = "";

            /**
             * Creates a new DeliveryReceipt instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.DeliveryReceipt
             * @static
             * @param {connector_e2e.v1.DeliveryReceipt.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.DeliveryReceipt} DeliveryReceipt instance
             * @type {{
             *   (properties: connector_e2e.v1.DeliveryReceipt.$Shape): connector_e2e.v1.DeliveryReceipt & connector_e2e.v1.DeliveryReceipt.$Shape;
             *   (properties?: connector_e2e.v1.DeliveryReceipt.$Properties): connector_e2e.v1.DeliveryReceipt;
             * }}
             */
            DeliveryReceipt.create = function(properties) {
                return new DeliveryReceipt(properties);
            };

            /**
             * Encodes the specified DeliveryReceipt message. Does not implicitly {@link connector_e2e.v1.DeliveryReceipt.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.DeliveryReceipt
             * @static
             * @param {connector_e2e.v1.DeliveryReceipt.$Properties} message DeliveryReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeliveryReceipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jwt != null && $Object.hasOwnProperty.call(message, "jwt") && message.jwt !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jwt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeliveryReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.DeliveryReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.DeliveryReceipt & connector_e2e.v1.DeliveryReceipt.$Shape} DeliveryReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeliveryReceipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.DeliveryReceipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jwt = value;
                            else
                                delete message.jwt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a DeliveryReceipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.DeliveryReceipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.DeliveryReceipt} DeliveryReceipt
             */
            DeliveryReceipt.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.DeliveryReceipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.DeliveryReceipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.DeliveryReceipt();
                if (object.jwt != null)
                    if (typeof object.jwt !== "string" || object.jwt.length)
                        message.jwt = $String(object.jwt);
                return message;
            };

            /**
             * Creates a plain object from a DeliveryReceipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.DeliveryReceipt
             * @static
             * @param {connector_e2e.v1.DeliveryReceipt} message DeliveryReceipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeliveryReceipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.jwt = "";
                if (message.jwt != null && $Object.hasOwnProperty.call(message, "jwt"))
                    object.jwt = message.jwt;
                return object;
            };

            /**
             * Converts this DeliveryReceipt to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.DeliveryReceipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeliveryReceipt.prototype.toJSON = function() {
                return DeliveryReceipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeliveryReceipt
             * @function getTypeUrl
             * @memberof connector_e2e.v1.DeliveryReceipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeliveryReceipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.DeliveryReceipt";
            };

            return DeliveryReceipt;
        })();

        v1.ConnectionClose = (function() {

            /**
             * Properties of a ConnectionClose.
             * @typedef {Object} connector_e2e.v1.ConnectionClose.$Properties
             * @property {string|null} [reason] ConnectionClose reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnectionClose.
             * @memberof connector_e2e.v1
             * @interface IConnectionClose
             * @augments connector_e2e.v1.ConnectionClose.$Properties
             * @deprecated Use connector_e2e.v1.ConnectionClose.$Properties instead.
             */

            /**
             * Shape of a ConnectionClose.
             * @typedef {connector_e2e.v1.ConnectionClose.$Properties} connector_e2e.v1.ConnectionClose.$Shape
             */

            /**
             * Constructs a new ConnectionClose.
             * @memberof connector_e2e.v1
             * @classdesc Represents a ConnectionClose.
             * @constructor
             * @param {connector_e2e.v1.ConnectionClose.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnectionClose = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnectionClose reason.
             * @member {string} reason
             * @memberof connector_e2e.v1.ConnectionClose
             * @instance
             */
            ConnectionClose.prototype.reason = "";

            /**
             * Creates a new ConnectionClose instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.ConnectionClose
             * @static
             * @param {connector_e2e.v1.ConnectionClose.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.ConnectionClose} ConnectionClose instance
             * @type {{
             *   (properties: connector_e2e.v1.ConnectionClose.$Shape): connector_e2e.v1.ConnectionClose & connector_e2e.v1.ConnectionClose.$Shape;
             *   (properties?: connector_e2e.v1.ConnectionClose.$Properties): connector_e2e.v1.ConnectionClose;
             * }}
             */
            ConnectionClose.create = function(properties) {
                return new ConnectionClose(properties);
            };

            /**
             * Encodes the specified ConnectionClose message. Does not implicitly {@link connector_e2e.v1.ConnectionClose.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.ConnectionClose
             * @static
             * @param {connector_e2e.v1.ConnectionClose.$Properties} message ConnectionClose message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectionClose.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConnectionClose message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.ConnectionClose
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.ConnectionClose & connector_e2e.v1.ConnectionClose.$Shape} ConnectionClose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectionClose.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.ConnectionClose();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ConnectionClose message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.ConnectionClose
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.ConnectionClose} ConnectionClose
             */
            ConnectionClose.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.ConnectionClose)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.ConnectionClose: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.ConnectionClose();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a ConnectionClose message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.ConnectionClose
             * @static
             * @param {connector_e2e.v1.ConnectionClose} message ConnectionClose
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConnectionClose.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this ConnectionClose to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.ConnectionClose
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConnectionClose.prototype.toJSON = function() {
                return ConnectionClose.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConnectionClose
             * @function getTypeUrl
             * @memberof connector_e2e.v1.ConnectionClose
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConnectionClose.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.ConnectionClose";
            };

            return ConnectionClose;
        })();

        v1.SendingKey = (function() {

            /**
             * Properties of a SendingKey.
             * @typedef {Object} connector_e2e.v1.SendingKey.$Properties
             * @property {number|null} [epoch] SendingKey epoch
             * @property {Uint8Array|null} [keyId] SendingKey keyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendingKey.
             * @memberof connector_e2e.v1
             * @interface ISendingKey
             * @augments connector_e2e.v1.SendingKey.$Properties
             * @deprecated Use connector_e2e.v1.SendingKey.$Properties instead.
             */

            /**
             * Shape of a SendingKey.
             * @typedef {connector_e2e.v1.SendingKey.$Properties} connector_e2e.v1.SendingKey.$Shape
             */

            /**
             * Constructs a new SendingKey.
             * @memberof connector_e2e.v1
             * @classdesc Represents a SendingKey.
             * @constructor
             * @param {connector_e2e.v1.SendingKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendingKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendingKey epoch.
             * @member {number} epoch
             * @memberof connector_e2e.v1.SendingKey
             * @instance
             */
            SendingKey.prototype.epoch = 0;

            /**
             * SendingKey keyId.
             * @member {Uint8Array} keyId
             * @memberof connector_e2e.v1.SendingKey
             * @instance
             */
            SendingKey.prototype.keyId = $util.newBuffer([]);

            /**
             * Creates a new SendingKey instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.SendingKey
             * @static
             * @param {connector_e2e.v1.SendingKey.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.SendingKey} SendingKey instance
             * @type {{
             *   (properties: connector_e2e.v1.SendingKey.$Shape): connector_e2e.v1.SendingKey & connector_e2e.v1.SendingKey.$Shape;
             *   (properties?: connector_e2e.v1.SendingKey.$Properties): connector_e2e.v1.SendingKey;
             * }}
             */
            SendingKey.create = function(properties) {
                return new SendingKey(properties);
            };

            /**
             * Encodes the specified SendingKey message. Does not implicitly {@link connector_e2e.v1.SendingKey.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.SendingKey
             * @static
             * @param {connector_e2e.v1.SendingKey.$Properties} message SendingKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendingKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.keyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SendingKey message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.SendingKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.SendingKey & connector_e2e.v1.SendingKey.$Shape} SendingKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendingKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.SendingKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SendingKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.SendingKey
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.SendingKey} SendingKey
             */
            SendingKey.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.SendingKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.SendingKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.SendingKey();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.keyId != null)
                    if (object.keyId.length)
                        if (typeof object.keyId === "string")
                            $util.base64.decode(object.keyId, message.keyId = $util.newBuffer($util.base64.length(object.keyId)), 0);
                        else if (object.keyId.length >= 0)
                            message.keyId = object.keyId;
                return message;
            };

            /**
             * Creates a plain object from a SendingKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.SendingKey
             * @static
             * @param {connector_e2e.v1.SendingKey} message SendingKey
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendingKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.epoch = 0;
                    if (options.bytes === $String)
                        object.keyId = "";
                    else {
                        object.keyId = [];
                        if (options.bytes !== $Array)
                            object.keyId = $util.newBuffer(object.keyId);
                    }
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                return object;
            };

            /**
             * Converts this SendingKey to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.SendingKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendingKey.prototype.toJSON = function() {
                return SendingKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendingKey
             * @function getTypeUrl
             * @memberof connector_e2e.v1.SendingKey
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendingKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.SendingKey";
            };

            return SendingKey;
        })();

        v1.CounterResync = (function() {

            /**
             * Properties of a CounterResync.
             * @typedef {Object} connector_e2e.v1.CounterResync.$Properties
             * @property {number|null} [epoch] CounterResync epoch
             * @property {number|null} [nextCounter] CounterResync nextCounter
             * @property {Uint8Array|null} [keyId] CounterResync keyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CounterResync.
             * @memberof connector_e2e.v1
             * @interface ICounterResync
             * @augments connector_e2e.v1.CounterResync.$Properties
             * @deprecated Use connector_e2e.v1.CounterResync.$Properties instead.
             */

            /**
             * Shape of a CounterResync.
             * @typedef {connector_e2e.v1.CounterResync.$Properties} connector_e2e.v1.CounterResync.$Shape
             */

            /**
             * Constructs a new CounterResync.
             * @memberof connector_e2e.v1
             * @classdesc Represents a CounterResync.
             * @constructor
             * @param {connector_e2e.v1.CounterResync.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CounterResync = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CounterResync epoch.
             * @member {number} epoch
             * @memberof connector_e2e.v1.CounterResync
             * @instance
             */
            CounterResync.prototype.epoch = 0;

            /**
             * CounterResync nextCounter.
             * @member {number} nextCounter
             * @memberof connector_e2e.v1.CounterResync
             * @instance
             */
            CounterResync.prototype.nextCounter = 0;

            /**
             * CounterResync keyId.
             * @member {Uint8Array} keyId
             * @memberof connector_e2e.v1.CounterResync
             * @instance
             */
            CounterResync.prototype.keyId = $util.newBuffer([]);

            /**
             * Creates a new CounterResync instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.CounterResync
             * @static
             * @param {connector_e2e.v1.CounterResync.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.CounterResync} CounterResync instance
             * @type {{
             *   (properties: connector_e2e.v1.CounterResync.$Shape): connector_e2e.v1.CounterResync & connector_e2e.v1.CounterResync.$Shape;
             *   (properties?: connector_e2e.v1.CounterResync.$Properties): connector_e2e.v1.CounterResync;
             * }}
             */
            CounterResync.create = function(properties) {
                return new CounterResync(properties);
            };

            /**
             * Encodes the specified CounterResync message. Does not implicitly {@link connector_e2e.v1.CounterResync.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.CounterResync
             * @static
             * @param {connector_e2e.v1.CounterResync.$Properties} message CounterResync message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CounterResync.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.nextCounter != null && $Object.hasOwnProperty.call(message, "nextCounter") && message.nextCounter !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nextCounter);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.keyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CounterResync message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.CounterResync
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.CounterResync & connector_e2e.v1.CounterResync.$Shape} CounterResync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CounterResync.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.CounterResync();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nextCounter = value;
                            else
                                delete message.nextCounter;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CounterResync message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.CounterResync
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.CounterResync} CounterResync
             */
            CounterResync.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.CounterResync)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.CounterResync: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.CounterResync();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.nextCounter != null)
                    if ($Number(object.nextCounter) !== 0)
                        message.nextCounter = object.nextCounter >>> 0;
                if (object.keyId != null)
                    if (object.keyId.length)
                        if (typeof object.keyId === "string")
                            $util.base64.decode(object.keyId, message.keyId = $util.newBuffer($util.base64.length(object.keyId)), 0);
                        else if (object.keyId.length >= 0)
                            message.keyId = object.keyId;
                return message;
            };

            /**
             * Creates a plain object from a CounterResync message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.CounterResync
             * @static
             * @param {connector_e2e.v1.CounterResync} message CounterResync
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CounterResync.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.epoch = 0;
                    object.nextCounter = 0;
                    if (options.bytes === $String)
                        object.keyId = "";
                    else {
                        object.keyId = [];
                        if (options.bytes !== $Array)
                            object.keyId = $util.newBuffer(object.keyId);
                    }
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.nextCounter != null && $Object.hasOwnProperty.call(message, "nextCounter"))
                    object.nextCounter = message.nextCounter;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                return object;
            };

            /**
             * Converts this CounterResync to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.CounterResync
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CounterResync.prototype.toJSON = function() {
                return CounterResync.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CounterResync
             * @function getTypeUrl
             * @memberof connector_e2e.v1.CounterResync
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CounterResync.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.CounterResync";
            };

            return CounterResync;
        })();

        v1.RekeyRequest = (function() {

            /**
             * Properties of a RekeyRequest.
             * @typedef {Object} connector_e2e.v1.RekeyRequest.$Properties
             * @property {number|null} [minEpoch] RekeyRequest minEpoch
             * @property {string|null} [reason] RekeyRequest reason
             * @property {number|null} [currentEpoch] RekeyRequest currentEpoch
             * @property {Uint8Array|null} [signature] RekeyRequest signature
             * @property {string|null} [signatureKeyId] RekeyRequest signatureKeyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RekeyRequest.
             * @memberof connector_e2e.v1
             * @interface IRekeyRequest
             * @augments connector_e2e.v1.RekeyRequest.$Properties
             * @deprecated Use connector_e2e.v1.RekeyRequest.$Properties instead.
             */

            /**
             * Shape of a RekeyRequest.
             * @typedef {connector_e2e.v1.RekeyRequest.$Properties} connector_e2e.v1.RekeyRequest.$Shape
             */

            /**
             * Constructs a new RekeyRequest.
             * @memberof connector_e2e.v1
             * @classdesc Represents a RekeyRequest.
             * @constructor
             * @param {connector_e2e.v1.RekeyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RekeyRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RekeyRequest minEpoch.
             * @member {number} minEpoch
             * @memberof connector_e2e.v1.RekeyRequest
             * @instance
             */
            RekeyRequest.prototype.minEpoch = 0;

            /**
             * RekeyRequest reason.
             * @member {string} reason
             * @memberof connector_e2e.v1.RekeyRequest
             * @instance
             */
            RekeyRequest.prototype.reason = "";

            /**
             * RekeyRequest currentEpoch.
             * @member {number} currentEpoch
             * @memberof connector_e2e.v1.RekeyRequest
             * @instance
             */
            RekeyRequest.prototype.currentEpoch = 0;

            /**
             * RekeyRequest signature.
             * @member {Uint8Array} signature
             * @memberof connector_e2e.v1.RekeyRequest
             * @instance
             */
            RekeyRequest.prototype.signature = $util.newBuffer([]);

            /**
             * RekeyRequest signatureKeyId.
             * @member {string} signatureKeyId
             * @memberof connector_e2e.v1.RekeyRequest
             * @instance
             */
            RekeyRequest.prototype.signatureKeyId = "";

            /**
             * Creates a new RekeyRequest instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.RekeyRequest
             * @static
             * @param {connector_e2e.v1.RekeyRequest.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.RekeyRequest} RekeyRequest instance
             * @type {{
             *   (properties: connector_e2e.v1.RekeyRequest.$Shape): connector_e2e.v1.RekeyRequest & connector_e2e.v1.RekeyRequest.$Shape;
             *   (properties?: connector_e2e.v1.RekeyRequest.$Properties): connector_e2e.v1.RekeyRequest;
             * }}
             */
            RekeyRequest.create = function(properties) {
                return new RekeyRequest(properties);
            };

            /**
             * Encodes the specified RekeyRequest message. Does not implicitly {@link connector_e2e.v1.RekeyRequest.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.RekeyRequest
             * @static
             * @param {connector_e2e.v1.RekeyRequest.$Properties} message RekeyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RekeyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.minEpoch != null && $Object.hasOwnProperty.call(message, "minEpoch") && message.minEpoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.minEpoch);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.currentEpoch != null && $Object.hasOwnProperty.call(message, "currentEpoch") && message.currentEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.currentEpoch);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId") && message.signatureKeyId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.signatureKeyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RekeyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.RekeyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.RekeyRequest & connector_e2e.v1.RekeyRequest.$Shape} RekeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RekeyRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.RekeyRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minEpoch = value;
                            else
                                delete message.minEpoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.currentEpoch = value;
                            else
                                delete message.currentEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signatureKeyId = value;
                            else
                                delete message.signatureKeyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RekeyRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.RekeyRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.RekeyRequest} RekeyRequest
             */
            RekeyRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.RekeyRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.RekeyRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.RekeyRequest();
                if (object.minEpoch != null)
                    if ($Number(object.minEpoch) !== 0)
                        message.minEpoch = object.minEpoch >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.currentEpoch != null)
                    if ($Number(object.currentEpoch) !== 0)
                        message.currentEpoch = object.currentEpoch >>> 0;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.signatureKeyId != null)
                    if (typeof object.signatureKeyId !== "string" || object.signatureKeyId.length)
                        message.signatureKeyId = $String(object.signatureKeyId);
                return message;
            };

            /**
             * Creates a plain object from a RekeyRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.RekeyRequest
             * @static
             * @param {connector_e2e.v1.RekeyRequest} message RekeyRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RekeyRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.minEpoch = 0;
                    object.reason = "";
                    object.currentEpoch = 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.signatureKeyId = "";
                }
                if (message.minEpoch != null && $Object.hasOwnProperty.call(message, "minEpoch"))
                    object.minEpoch = message.minEpoch;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.currentEpoch != null && $Object.hasOwnProperty.call(message, "currentEpoch"))
                    object.currentEpoch = message.currentEpoch;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId"))
                    object.signatureKeyId = message.signatureKeyId;
                return object;
            };

            /**
             * Converts this RekeyRequest to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.RekeyRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RekeyRequest.prototype.toJSON = function() {
                return RekeyRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RekeyRequest
             * @function getTypeUrl
             * @memberof connector_e2e.v1.RekeyRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RekeyRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.RekeyRequest";
            };

            return RekeyRequest;
        })();

        v1.RekeyBundle = (function() {

            /**
             * Properties of a RekeyBundle.
             * @typedef {Object} connector_e2e.v1.RekeyBundle.$Properties
             * @property {number|null} [epoch] RekeyBundle epoch
             * @property {Uint8Array|null} [prekey] RekeyBundle prekey
             * @property {number|null} [baseEpoch] RekeyBundle baseEpoch
             * @property {Uint8Array|null} [signature] RekeyBundle signature
             * @property {string|null} [signatureKeyId] RekeyBundle signatureKeyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RekeyBundle.
             * @memberof connector_e2e.v1
             * @interface IRekeyBundle
             * @augments connector_e2e.v1.RekeyBundle.$Properties
             * @deprecated Use connector_e2e.v1.RekeyBundle.$Properties instead.
             */

            /**
             * Shape of a RekeyBundle.
             * @typedef {connector_e2e.v1.RekeyBundle.$Properties} connector_e2e.v1.RekeyBundle.$Shape
             */

            /**
             * Constructs a new RekeyBundle.
             * @memberof connector_e2e.v1
             * @classdesc Represents a RekeyBundle.
             * @constructor
             * @param {connector_e2e.v1.RekeyBundle.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RekeyBundle = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RekeyBundle epoch.
             * @member {number} epoch
             * @memberof connector_e2e.v1.RekeyBundle
             * @instance
             */
            RekeyBundle.prototype.epoch = 0;

            /**
             * RekeyBundle prekey.
             * @member {Uint8Array} prekey
             * @memberof connector_e2e.v1.RekeyBundle
             * @instance
             */
            RekeyBundle.prototype.prekey = $util.newBuffer([]);

            /**
             * RekeyBundle baseEpoch.
             * @member {number} baseEpoch
             * @memberof connector_e2e.v1.RekeyBundle
             * @instance
             */
            RekeyBundle.prototype.baseEpoch = 0;

            /**
             * RekeyBundle signature.
             * @member {Uint8Array} signature
             * @memberof connector_e2e.v1.RekeyBundle
             * @instance
             */
            RekeyBundle.prototype.signature = $util.newBuffer([]);

            /**
             * RekeyBundle signatureKeyId.
             * @member {string} signatureKeyId
             * @memberof connector_e2e.v1.RekeyBundle
             * @instance
             */
            RekeyBundle.prototype.signatureKeyId = "";

            /**
             * Creates a new RekeyBundle instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.RekeyBundle
             * @static
             * @param {connector_e2e.v1.RekeyBundle.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.RekeyBundle} RekeyBundle instance
             * @type {{
             *   (properties: connector_e2e.v1.RekeyBundle.$Shape): connector_e2e.v1.RekeyBundle & connector_e2e.v1.RekeyBundle.$Shape;
             *   (properties?: connector_e2e.v1.RekeyBundle.$Properties): connector_e2e.v1.RekeyBundle;
             * }}
             */
            RekeyBundle.create = function(properties) {
                return new RekeyBundle(properties);
            };

            /**
             * Encodes the specified RekeyBundle message. Does not implicitly {@link connector_e2e.v1.RekeyBundle.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.RekeyBundle
             * @static
             * @param {connector_e2e.v1.RekeyBundle.$Properties} message RekeyBundle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RekeyBundle.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.prekey != null && $Object.hasOwnProperty.call(message, "prekey") && message.prekey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.prekey);
                if (message.baseEpoch != null && $Object.hasOwnProperty.call(message, "baseEpoch") && message.baseEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.baseEpoch);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId") && message.signatureKeyId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.signatureKeyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RekeyBundle message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.RekeyBundle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.RekeyBundle & connector_e2e.v1.RekeyBundle.$Shape} RekeyBundle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RekeyBundle.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.RekeyBundle();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.prekey = value;
                            else
                                delete message.prekey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.baseEpoch = value;
                            else
                                delete message.baseEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signatureKeyId = value;
                            else
                                delete message.signatureKeyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RekeyBundle message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.RekeyBundle
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.RekeyBundle} RekeyBundle
             */
            RekeyBundle.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.RekeyBundle)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.RekeyBundle: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.RekeyBundle();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.prekey != null)
                    if (object.prekey.length)
                        if (typeof object.prekey === "string")
                            $util.base64.decode(object.prekey, message.prekey = $util.newBuffer($util.base64.length(object.prekey)), 0);
                        else if (object.prekey.length >= 0)
                            message.prekey = object.prekey;
                if (object.baseEpoch != null)
                    if ($Number(object.baseEpoch) !== 0)
                        message.baseEpoch = object.baseEpoch >>> 0;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.signatureKeyId != null)
                    if (typeof object.signatureKeyId !== "string" || object.signatureKeyId.length)
                        message.signatureKeyId = $String(object.signatureKeyId);
                return message;
            };

            /**
             * Creates a plain object from a RekeyBundle message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.RekeyBundle
             * @static
             * @param {connector_e2e.v1.RekeyBundle} message RekeyBundle
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RekeyBundle.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.epoch = 0;
                    if (options.bytes === $String)
                        object.prekey = "";
                    else {
                        object.prekey = [];
                        if (options.bytes !== $Array)
                            object.prekey = $util.newBuffer(object.prekey);
                    }
                    object.baseEpoch = 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.signatureKeyId = "";
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.prekey != null && $Object.hasOwnProperty.call(message, "prekey"))
                    object.prekey = options.bytes === $String ? $util.base64.encode(message.prekey, 0, message.prekey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prekey) : message.prekey;
                if (message.baseEpoch != null && $Object.hasOwnProperty.call(message, "baseEpoch"))
                    object.baseEpoch = message.baseEpoch;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId"))
                    object.signatureKeyId = message.signatureKeyId;
                return object;
            };

            /**
             * Converts this RekeyBundle to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.RekeyBundle
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RekeyBundle.prototype.toJSON = function() {
                return RekeyBundle.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RekeyBundle
             * @function getTypeUrl
             * @memberof connector_e2e.v1.RekeyBundle
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RekeyBundle.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.RekeyBundle";
            };

            return RekeyBundle;
        })();

        v1.RekeyInit = (function() {

            /**
             * Properties of a RekeyInit.
             * @typedef {Object} connector_e2e.v1.RekeyInit.$Properties
             * @property {number|null} [epoch] RekeyInit epoch
             * @property {Uint8Array|null} [ephemeralKey] RekeyInit ephemeralKey
             * @property {Uint8Array|null} [confirmation] RekeyInit confirmation
             * @property {Uint8Array|null} [signature] RekeyInit signature
             * @property {string|null} [signatureKeyId] RekeyInit signatureKeyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RekeyInit.
             * @memberof connector_e2e.v1
             * @interface IRekeyInit
             * @augments connector_e2e.v1.RekeyInit.$Properties
             * @deprecated Use connector_e2e.v1.RekeyInit.$Properties instead.
             */

            /**
             * Shape of a RekeyInit.
             * @typedef {connector_e2e.v1.RekeyInit.$Properties} connector_e2e.v1.RekeyInit.$Shape
             */

            /**
             * Constructs a new RekeyInit.
             * @memberof connector_e2e.v1
             * @classdesc Represents a RekeyInit.
             * @constructor
             * @param {connector_e2e.v1.RekeyInit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RekeyInit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RekeyInit epoch.
             * @member {number} epoch
             * @memberof connector_e2e.v1.RekeyInit
             * @instance
             */
            RekeyInit.prototype.epoch = 0;

            /**
             * RekeyInit ephemeralKey.
             * @member {Uint8Array} ephemeralKey
             * @memberof connector_e2e.v1.RekeyInit
             * @instance
             */
            RekeyInit.prototype.ephemeralKey = $util.newBuffer([]);

            /**
             * RekeyInit confirmation.
             * @member {Uint8Array} confirmation
             * @memberof connector_e2e.v1.RekeyInit
             * @instance
             */
            RekeyInit.prototype.confirmation = $util.newBuffer([]);

            /**
             * RekeyInit signature.
             * @member {Uint8Array} signature
             * @memberof connector_e2e.v1.RekeyInit
             * @instance
             */
            RekeyInit.prototype.signature = $util.newBuffer([]);

            /**
             * RekeyInit signatureKeyId.
             * @member {string} signatureKeyId
             * @memberof connector_e2e.v1.RekeyInit
             * @instance
             */
            RekeyInit.prototype.signatureKeyId = "";

            /**
             * Creates a new RekeyInit instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.RekeyInit
             * @static
             * @param {connector_e2e.v1.RekeyInit.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.RekeyInit} RekeyInit instance
             * @type {{
             *   (properties: connector_e2e.v1.RekeyInit.$Shape): connector_e2e.v1.RekeyInit & connector_e2e.v1.RekeyInit.$Shape;
             *   (properties?: connector_e2e.v1.RekeyInit.$Properties): connector_e2e.v1.RekeyInit;
             * }}
             */
            RekeyInit.create = function(properties) {
                return new RekeyInit(properties);
            };

            /**
             * Encodes the specified RekeyInit message. Does not implicitly {@link connector_e2e.v1.RekeyInit.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.RekeyInit
             * @static
             * @param {connector_e2e.v1.RekeyInit.$Properties} message RekeyInit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RekeyInit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey") && message.ephemeralKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ephemeralKey);
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation") && message.confirmation.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.confirmation);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId") && message.signatureKeyId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.signatureKeyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RekeyInit message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.RekeyInit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.RekeyInit & connector_e2e.v1.RekeyInit.$Shape} RekeyInit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RekeyInit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.RekeyInit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ephemeralKey = value;
                            else
                                delete message.ephemeralKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.confirmation = value;
                            else
                                delete message.confirmation;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signatureKeyId = value;
                            else
                                delete message.signatureKeyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RekeyInit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.RekeyInit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.RekeyInit} RekeyInit
             */
            RekeyInit.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.RekeyInit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.RekeyInit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.RekeyInit();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.ephemeralKey != null)
                    if (object.ephemeralKey.length)
                        if (typeof object.ephemeralKey === "string")
                            $util.base64.decode(object.ephemeralKey, message.ephemeralKey = $util.newBuffer($util.base64.length(object.ephemeralKey)), 0);
                        else if (object.ephemeralKey.length >= 0)
                            message.ephemeralKey = object.ephemeralKey;
                if (object.confirmation != null)
                    if (object.confirmation.length)
                        if (typeof object.confirmation === "string")
                            $util.base64.decode(object.confirmation, message.confirmation = $util.newBuffer($util.base64.length(object.confirmation)), 0);
                        else if (object.confirmation.length >= 0)
                            message.confirmation = object.confirmation;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.signatureKeyId != null)
                    if (typeof object.signatureKeyId !== "string" || object.signatureKeyId.length)
                        message.signatureKeyId = $String(object.signatureKeyId);
                return message;
            };

            /**
             * Creates a plain object from a RekeyInit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.RekeyInit
             * @static
             * @param {connector_e2e.v1.RekeyInit} message RekeyInit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RekeyInit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.epoch = 0;
                    if (options.bytes === $String)
                        object.ephemeralKey = "";
                    else {
                        object.ephemeralKey = [];
                        if (options.bytes !== $Array)
                            object.ephemeralKey = $util.newBuffer(object.ephemeralKey);
                    }
                    if (options.bytes === $String)
                        object.confirmation = "";
                    else {
                        object.confirmation = [];
                        if (options.bytes !== $Array)
                            object.confirmation = $util.newBuffer(object.confirmation);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.signatureKeyId = "";
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey"))
                    object.ephemeralKey = options.bytes === $String ? $util.base64.encode(message.ephemeralKey, 0, message.ephemeralKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ephemeralKey) : message.ephemeralKey;
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation"))
                    object.confirmation = options.bytes === $String ? $util.base64.encode(message.confirmation, 0, message.confirmation.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.confirmation) : message.confirmation;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId"))
                    object.signatureKeyId = message.signatureKeyId;
                return object;
            };

            /**
             * Converts this RekeyInit to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.RekeyInit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RekeyInit.prototype.toJSON = function() {
                return RekeyInit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RekeyInit
             * @function getTypeUrl
             * @memberof connector_e2e.v1.RekeyInit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RekeyInit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.RekeyInit";
            };

            return RekeyInit;
        })();

        v1.RekeyConfirmation = (function() {

            /**
             * Properties of a RekeyConfirmation.
             * @typedef {Object} connector_e2e.v1.RekeyConfirmation.$Properties
             * @property {number|null} [epoch] RekeyConfirmation epoch
             * @property {Uint8Array|null} [confirmation] RekeyConfirmation confirmation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RekeyConfirmation.
             * @memberof connector_e2e.v1
             * @interface IRekeyConfirmation
             * @augments connector_e2e.v1.RekeyConfirmation.$Properties
             * @deprecated Use connector_e2e.v1.RekeyConfirmation.$Properties instead.
             */

            /**
             * Shape of a RekeyConfirmation.
             * @typedef {connector_e2e.v1.RekeyConfirmation.$Properties} connector_e2e.v1.RekeyConfirmation.$Shape
             */

            /**
             * Constructs a new RekeyConfirmation.
             * @memberof connector_e2e.v1
             * @classdesc Represents a RekeyConfirmation.
             * @constructor
             * @param {connector_e2e.v1.RekeyConfirmation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RekeyConfirmation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RekeyConfirmation epoch.
             * @member {number} epoch
             * @memberof connector_e2e.v1.RekeyConfirmation
             * @instance
             */
            RekeyConfirmation.prototype.epoch = 0;

            /**
             * RekeyConfirmation confirmation.
             * @member {Uint8Array} confirmation
             * @memberof connector_e2e.v1.RekeyConfirmation
             * @instance
             */
            RekeyConfirmation.prototype.confirmation = $util.newBuffer([]);

            /**
             * Creates a new RekeyConfirmation instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.RekeyConfirmation
             * @static
             * @param {connector_e2e.v1.RekeyConfirmation.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.RekeyConfirmation} RekeyConfirmation instance
             * @type {{
             *   (properties: connector_e2e.v1.RekeyConfirmation.$Shape): connector_e2e.v1.RekeyConfirmation & connector_e2e.v1.RekeyConfirmation.$Shape;
             *   (properties?: connector_e2e.v1.RekeyConfirmation.$Properties): connector_e2e.v1.RekeyConfirmation;
             * }}
             */
            RekeyConfirmation.create = function(properties) {
                return new RekeyConfirmation(properties);
            };

            /**
             * Encodes the specified RekeyConfirmation message. Does not implicitly {@link connector_e2e.v1.RekeyConfirmation.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.RekeyConfirmation
             * @static
             * @param {connector_e2e.v1.RekeyConfirmation.$Properties} message RekeyConfirmation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RekeyConfirmation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation") && message.confirmation.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.confirmation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RekeyConfirmation message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.RekeyConfirmation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.RekeyConfirmation & connector_e2e.v1.RekeyConfirmation.$Shape} RekeyConfirmation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RekeyConfirmation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.RekeyConfirmation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.confirmation = value;
                            else
                                delete message.confirmation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RekeyConfirmation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.RekeyConfirmation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.RekeyConfirmation} RekeyConfirmation
             */
            RekeyConfirmation.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.RekeyConfirmation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.RekeyConfirmation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.RekeyConfirmation();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.confirmation != null)
                    if (object.confirmation.length)
                        if (typeof object.confirmation === "string")
                            $util.base64.decode(object.confirmation, message.confirmation = $util.newBuffer($util.base64.length(object.confirmation)), 0);
                        else if (object.confirmation.length >= 0)
                            message.confirmation = object.confirmation;
                return message;
            };

            /**
             * Creates a plain object from a RekeyConfirmation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.RekeyConfirmation
             * @static
             * @param {connector_e2e.v1.RekeyConfirmation} message RekeyConfirmation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RekeyConfirmation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.epoch = 0;
                    if (options.bytes === $String)
                        object.confirmation = "";
                    else {
                        object.confirmation = [];
                        if (options.bytes !== $Array)
                            object.confirmation = $util.newBuffer(object.confirmation);
                    }
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation"))
                    object.confirmation = options.bytes === $String ? $util.base64.encode(message.confirmation, 0, message.confirmation.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.confirmation) : message.confirmation;
                return object;
            };

            /**
             * Converts this RekeyConfirmation to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.RekeyConfirmation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RekeyConfirmation.prototype.toJSON = function() {
                return RekeyConfirmation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RekeyConfirmation
             * @function getTypeUrl
             * @memberof connector_e2e.v1.RekeyConfirmation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RekeyConfirmation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.RekeyConfirmation";
            };

            return RekeyConfirmation;
        })();

        v1.StatusReport = (function() {

            /**
             * Properties of a StatusReport.
             * @typedef {Object} connector_e2e.v1.StatusReport.$Properties
             * @property {number|null} [epoch] StatusReport epoch
             * @property {number|null} [sendNext] StatusReport sendNext
             * @property {number|null} [receiveEpoch] StatusReport receiveEpoch
             * @property {boolean|null} [replyRequested] StatusReport replyRequested
             * @property {Uint8Array|null} [sendKeyId] StatusReport sendKeyId
             * @property {Array.<connector_e2e.v1.KeyPosition.$Properties>|null} [receiveKeys] StatusReport receiveKeys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusReport.
             * @memberof connector_e2e.v1
             * @interface IStatusReport
             * @augments connector_e2e.v1.StatusReport.$Properties
             * @deprecated Use connector_e2e.v1.StatusReport.$Properties instead.
             */

            /**
             * Shape of a StatusReport.
             * @typedef {connector_e2e.v1.StatusReport.$Properties} connector_e2e.v1.StatusReport.$Shape
             */

            /**
             * Constructs a new StatusReport.
             * @memberof connector_e2e.v1
             * @classdesc Represents a StatusReport.
             * @constructor
             * @param {connector_e2e.v1.StatusReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusReport = function (properties) {
                this.receiveKeys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusReport epoch.
             * @member {number} epoch
             * @memberof connector_e2e.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.epoch = 0;

            /**
             * StatusReport sendNext.
             * @member {number} sendNext
             * @memberof connector_e2e.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.sendNext = 0;

            /**
             * StatusReport receiveEpoch.
             * @member {number} receiveEpoch
             * @memberof connector_e2e.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.receiveEpoch = 0;

            /**
             * StatusReport replyRequested.
             * @member {boolean} replyRequested
             * @memberof connector_e2e.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.replyRequested = false;

            /**
             * StatusReport sendKeyId.
             * @member {Uint8Array} sendKeyId
             * @memberof connector_e2e.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.sendKeyId = $util.newBuffer([]);

            /**
             * StatusReport receiveKeys.
             * @member {Array.<connector_e2e.v1.KeyPosition.$Properties>} receiveKeys
             * @memberof connector_e2e.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.receiveKeys = $util.emptyArray;

            /**
             * Creates a new StatusReport instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.StatusReport
             * @static
             * @param {connector_e2e.v1.StatusReport.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.StatusReport} StatusReport instance
             * @type {{
             *   (properties: connector_e2e.v1.StatusReport.$Shape): connector_e2e.v1.StatusReport & connector_e2e.v1.StatusReport.$Shape;
             *   (properties?: connector_e2e.v1.StatusReport.$Properties): connector_e2e.v1.StatusReport;
             * }}
             */
            StatusReport.create = function(properties) {
                return new StatusReport(properties);
            };

            /**
             * Encodes the specified StatusReport message. Does not implicitly {@link connector_e2e.v1.StatusReport.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.StatusReport
             * @static
             * @param {connector_e2e.v1.StatusReport.$Properties} message StatusReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.sendNext != null && $Object.hasOwnProperty.call(message, "sendNext") && message.sendNext !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sendNext);
                if (message.receiveEpoch != null && $Object.hasOwnProperty.call(message, "receiveEpoch") && message.receiveEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.receiveEpoch);
                if (message.replyRequested != null && $Object.hasOwnProperty.call(message, "replyRequested") && message.replyRequested !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.replyRequested);
                if (message.sendKeyId != null && $Object.hasOwnProperty.call(message, "sendKeyId") && message.sendKeyId.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.sendKeyId);
                if (message.receiveKeys != null && message.receiveKeys.length)
                    for (let i = 0; i < message.receiveKeys.length; ++i)
                        $root.connector_e2e.v1.KeyPosition.encode(message.receiveKeys[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusReport message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.StatusReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.StatusReport & connector_e2e.v1.StatusReport.$Shape} StatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.StatusReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sendNext = value;
                            else
                                delete message.sendNext;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receiveEpoch = value;
                            else
                                delete message.receiveEpoch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.replyRequested = value;
                            else
                                delete message.replyRequested;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sendKeyId = value;
                            else
                                delete message.sendKeyId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.receiveKeys && message.receiveKeys.length))
                                message.receiveKeys = [];
                            message.receiveKeys.push($root.connector_e2e.v1.KeyPosition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.StatusReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.StatusReport} StatusReport
             */
            StatusReport.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.StatusReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.StatusReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.StatusReport();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.sendNext != null)
                    if ($Number(object.sendNext) !== 0)
                        message.sendNext = object.sendNext >>> 0;
                if (object.receiveEpoch != null)
                    if ($Number(object.receiveEpoch) !== 0)
                        message.receiveEpoch = object.receiveEpoch >>> 0;
                if (object.replyRequested != null)
                    if (object.replyRequested)
                        message.replyRequested = $Boolean(object.replyRequested);
                if (object.sendKeyId != null)
                    if (object.sendKeyId.length)
                        if (typeof object.sendKeyId === "string")
                            $util.base64.decode(object.sendKeyId, message.sendKeyId = $util.newBuffer($util.base64.length(object.sendKeyId)), 0);
                        else if (object.sendKeyId.length >= 0)
                            message.sendKeyId = object.sendKeyId;
                if (object.receiveKeys) {
                    if (!$Array.isArray(object.receiveKeys))
                        throw $TypeError(".connector_e2e.v1.StatusReport.receiveKeys: array expected");
                    message.receiveKeys = $Array(object.receiveKeys.length);
                    for (let i = 0; i < object.receiveKeys.length; ++i) {
                        if (!$util.isObject(object.receiveKeys[i]))
                            throw $TypeError(".connector_e2e.v1.StatusReport.receiveKeys: object expected");
                        message.receiveKeys[i] = $root.connector_e2e.v1.KeyPosition.fromObject(object.receiveKeys[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.StatusReport
             * @static
             * @param {connector_e2e.v1.StatusReport} message StatusReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.receiveKeys = [];
                if (options.defaults) {
                    object.epoch = 0;
                    object.sendNext = 0;
                    object.receiveEpoch = 0;
                    object.replyRequested = false;
                    if (options.bytes === $String)
                        object.sendKeyId = "";
                    else {
                        object.sendKeyId = [];
                        if (options.bytes !== $Array)
                            object.sendKeyId = $util.newBuffer(object.sendKeyId);
                    }
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.sendNext != null && $Object.hasOwnProperty.call(message, "sendNext"))
                    object.sendNext = message.sendNext;
                if (message.receiveEpoch != null && $Object.hasOwnProperty.call(message, "receiveEpoch"))
                    object.receiveEpoch = message.receiveEpoch;
                if (message.replyRequested != null && $Object.hasOwnProperty.call(message, "replyRequested"))
                    object.replyRequested = message.replyRequested;
                if (message.sendKeyId != null && $Object.hasOwnProperty.call(message, "sendKeyId"))
                    object.sendKeyId = options.bytes === $String ? $util.base64.encode(message.sendKeyId, 0, message.sendKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sendKeyId) : message.sendKeyId;
                if (message.receiveKeys && message.receiveKeys.length) {
                    object.receiveKeys = $Array(message.receiveKeys.length);
                    for (let j = 0; j < message.receiveKeys.length; ++j)
                        object.receiveKeys[j] = $root.connector_e2e.v1.KeyPosition.toObject(message.receiveKeys[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this StatusReport to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.StatusReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusReport.prototype.toJSON = function() {
                return StatusReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusReport
             * @function getTypeUrl
             * @memberof connector_e2e.v1.StatusReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.StatusReport";
            };

            return StatusReport;
        })();

        v1.KeyPosition = (function() {

            /**
             * Properties of a KeyPosition.
             * @typedef {Object} connector_e2e.v1.KeyPosition.$Properties
             * @property {Uint8Array|null} [keyId] KeyPosition keyId
             * @property {number|null} [next] KeyPosition next
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyPosition.
             * @memberof connector_e2e.v1
             * @interface IKeyPosition
             * @augments connector_e2e.v1.KeyPosition.$Properties
             * @deprecated Use connector_e2e.v1.KeyPosition.$Properties instead.
             */

            /**
             * Shape of a KeyPosition.
             * @typedef {connector_e2e.v1.KeyPosition.$Properties} connector_e2e.v1.KeyPosition.$Shape
             */

            /**
             * Constructs a new KeyPosition.
             * @memberof connector_e2e.v1
             * @classdesc Represents a KeyPosition.
             * @constructor
             * @param {connector_e2e.v1.KeyPosition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyPosition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyPosition keyId.
             * @member {Uint8Array} keyId
             * @memberof connector_e2e.v1.KeyPosition
             * @instance
             */
            KeyPosition.prototype.keyId = $util.newBuffer([]);

            /**
             * KeyPosition next.
             * @member {number} next
             * @memberof connector_e2e.v1.KeyPosition
             * @instance
             */
            KeyPosition.prototype.next = 0;

            /**
             * Creates a new KeyPosition instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.KeyPosition
             * @static
             * @param {connector_e2e.v1.KeyPosition.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.KeyPosition} KeyPosition instance
             * @type {{
             *   (properties: connector_e2e.v1.KeyPosition.$Shape): connector_e2e.v1.KeyPosition & connector_e2e.v1.KeyPosition.$Shape;
             *   (properties?: connector_e2e.v1.KeyPosition.$Properties): connector_e2e.v1.KeyPosition;
             * }}
             */
            KeyPosition.create = function(properties) {
                return new KeyPosition(properties);
            };

            /**
             * Encodes the specified KeyPosition message. Does not implicitly {@link connector_e2e.v1.KeyPosition.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.KeyPosition
             * @static
             * @param {connector_e2e.v1.KeyPosition.$Properties} message KeyPosition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyPosition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.keyId);
                if (message.next != null && $Object.hasOwnProperty.call(message, "next") && message.next !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.next);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyPosition message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.KeyPosition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.KeyPosition & connector_e2e.v1.KeyPosition.$Shape} KeyPosition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyPosition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.KeyPosition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.next = value;
                            else
                                delete message.next;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a KeyPosition message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.KeyPosition
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.KeyPosition} KeyPosition
             */
            KeyPosition.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.KeyPosition)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.KeyPosition: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.KeyPosition();
                if (object.keyId != null)
                    if (object.keyId.length)
                        if (typeof object.keyId === "string")
                            $util.base64.decode(object.keyId, message.keyId = $util.newBuffer($util.base64.length(object.keyId)), 0);
                        else if (object.keyId.length >= 0)
                            message.keyId = object.keyId;
                if (object.next != null)
                    if ($Number(object.next) !== 0)
                        message.next = object.next >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a KeyPosition message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.KeyPosition
             * @static
             * @param {connector_e2e.v1.KeyPosition} message KeyPosition
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyPosition.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.keyId = "";
                    else {
                        object.keyId = [];
                        if (options.bytes !== $Array)
                            object.keyId = $util.newBuffer(object.keyId);
                    }
                    object.next = 0;
                }
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                if (message.next != null && $Object.hasOwnProperty.call(message, "next"))
                    object.next = message.next;
                return object;
            };

            /**
             * Converts this KeyPosition to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.KeyPosition
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyPosition.prototype.toJSON = function() {
                return KeyPosition.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyPosition
             * @function getTypeUrl
             * @memberof connector_e2e.v1.KeyPosition
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyPosition.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.KeyPosition";
            };

            return KeyPosition;
        })();

        v1.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} connector_e2e.v1.Frame.$Properties
             * @property {number|null} [version] Frame version
             * @property {connector_e2e.v1.EncryptedMessage.$Properties|null} [record] Frame record
             * @property {connector_e2e.v1.HandshakeMessage.$Properties|null} [handshake] Frame handshake
             * @property {connector_e2e.v1.SealedControl.$Properties|null} [control] Frame control
             * @property {string|null} [etamp] Frame etamp
             * @property {"record"|"handshake"|"control"|"etamp"} [body] Frame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof connector_e2e.v1
             * @interface IFrame
             * @augments connector_e2e.v1.Frame.$Properties
             * @deprecated Use connector_e2e.v1.Frame.$Properties instead.
             */

            /**
             * Narrowed shape of a Frame.
             * @typedef {{
             *   version?: number|null;
             *   record?: connector_e2e.v1.EncryptedMessage.$Shape|null;
             *   handshake?: connector_e2e.v1.HandshakeMessage.$Shape|null;
             *   control?: connector_e2e.v1.SealedControl.$Shape|null;
             *   etamp?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; record?: null; handshake?: null; control?: null; etamp?: null }|{ body?: "record"; record: connector_e2e.v1.EncryptedMessage.$Shape; handshake?: null; control?: null; etamp?: null }|{ body?: "handshake"; record?: null; handshake: connector_e2e.v1.HandshakeMessage.$Shape; control?: null; etamp?: null }|{ body?: "control"; record?: null; handshake?: null; control: connector_e2e.v1.SealedControl.$Shape; etamp?: null }|{ body?: "etamp"; record?: null; handshake?: null; control?: null; etamp: string })
             * )} connector_e2e.v1.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof connector_e2e.v1
             * @classdesc Represents a Frame.
             * @constructor
             * @param {connector_e2e.v1.Frame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Frame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Frame version.
             * @member {number} version
             * @memberof connector_e2e.v1.Frame
             * @instance
             */
            Frame.prototype.version = 0;

            /**
             * Frame record.
             * @member {connector_e2e.v1.EncryptedMessage.$Properties|null|undefined} record
             * @memberof connector_e2e.v1.Frame
             * @instance
             */
            Frame.prototype.record = null;

            /**
             * Frame handshake.
             * @member {connector_e2e.v1.HandshakeMessage.$Properties|null|undefined} handshake
             * @memberof connector_e2e.v1.Frame
             * @instance
             */
            Frame.prototype.handshake = null;

            /**
             * Frame control.
             * @member {connector_e2e.v1.SealedControl.$Properties|null|undefined} control
             * @memberof connector_e2e.v1.Frame
             * @instance
             */
            Frame.prototype.control = null;

            /**
             * Frame etamp.
             * @member {string|null|undefined} etamp
             * @memberof connector_e2e.v1.Frame
             * @instance
             */
            Frame.prototype.etamp = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Frame body.
             * @member {"record"|"handshake"|"control"|"etamp"|undefined} body
             * @memberof connector_e2e.v1.Frame
             * @instance
             */
            $Object.defineProperty(Frame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["record", "handshake", "control", "etamp"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.Frame
             * @static
             * @param {connector_e2e.v1.Frame.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.Frame} Frame instance
             * @type {{
             *   (properties: connector_e2e.v1.Frame.$Shape): connector_e2e.v1.Frame & connector_e2e.v1.Frame.$Shape;
             *   (properties?: connector_e2e.v1.Frame.$Properties): connector_e2e.v1.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link connector_e2e.v1.Frame.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.Frame
             * @static
             * @param {connector_e2e.v1.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.record != null && $Object.hasOwnProperty.call(message, "record"))
                    $root.connector_e2e.v1.EncryptedMessage.encode(message.record, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.handshake != null && $Object.hasOwnProperty.call(message, "handshake"))
                    $root.connector_e2e.v1.HandshakeMessage.encode(message.handshake, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.control != null && $Object.hasOwnProperty.call(message, "control"))
                    $root.connector_e2e.v1.SealedControl.encode(message.control, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.etamp != null && $Object.hasOwnProperty.call(message, "etamp"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.etamp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.Frame & connector_e2e.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.Frame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.record = $root.connector_e2e.v1.EncryptedMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.record);
                            message.body = "record";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.handshake = $root.connector_e2e.v1.HandshakeMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.handshake);
                            message.body = "handshake";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.control = $root.connector_e2e.v1.SealedControl.decode(reader, reader.size(), $undefined, _depth + 1, message.control);
                            message.body = "control";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.etamp = reader.stringVerify();
                            message.body = "etamp";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.Frame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.Frame} Frame
             */
            Frame.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.Frame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.Frame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.Frame();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.record != null) {
                    if (!$util.isObject(object.record))
                        throw $TypeError(".connector_e2e.v1.Frame.record: object expected");
                    message.record = $root.connector_e2e.v1.EncryptedMessage.fromObject(object.record, _depth + 1);
                }
                if (object.handshake != null) {
                    if (!$util.isObject(object.handshake))
                        throw $TypeError(".connector_e2e.v1.Frame.handshake: object expected");
                    message.handshake = $root.connector_e2e.v1.HandshakeMessage.fromObject(object.handshake, _depth + 1);
                }
                if (object.control != null) {
                    if (!$util.isObject(object.control))
                        throw $TypeError(".connector_e2e.v1.Frame.control: object expected");
                    message.control = $root.connector_e2e.v1.SealedControl.fromObject(object.control, _depth + 1);
                }
                if (object.etamp != null)
                    message.etamp = $String(object.etamp);
                return message;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.Frame
             * @static
             * @param {connector_e2e.v1.Frame} message Frame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.version = 0;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.record != null && $Object.hasOwnProperty.call(message, "record")) {
                    object.record = $root.connector_e2e.v1.EncryptedMessage.toObject(message.record, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "record";
                }
                if (message.handshake != null && $Object.hasOwnProperty.call(message, "handshake")) {
                    object.handshake = $root.connector_e2e.v1.HandshakeMessage.toObject(message.handshake, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "handshake";
                }
                if (message.control != null && $Object.hasOwnProperty.call(message, "control")) {
                    object.control = $root.connector_e2e.v1.SealedControl.toObject(message.control, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "control";
                }
                if (message.etamp != null && $Object.hasOwnProperty.call(message, "etamp")) {
                    object.etamp = message.etamp;
                    if (options.oneofs)
                        object.body = "etamp";
                }
                return object;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof connector_e2e.v1.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.Frame";
            };

            return Frame;
        })();

        v1.Invitation = (function() {

            /**
             * Properties of an Invitation.
             * @typedef {Object} connector_e2e.v1.Invitation.$Properties
             * @property {number|null} [version] Invitation version
             * @property {Uint8Array|null} [token] Invitation token
             * @property {Uint8Array|null} [secret] Invitation secret
             * @property {Uint8Array|null} [commitment] Invitation commitment
             * @property {number|null} [expiresAt] Invitation expiresAt
             * @property {string|null} [connectorUrl] Invitation connectorUrl
             * @property {number|null} [envelope] Invitation envelope
             * @property {number|null} [suite] Invitation suite
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Invitation.
             * @memberof connector_e2e.v1
             * @interface IInvitation
             * @augments connector_e2e.v1.Invitation.$Properties
             * @deprecated Use connector_e2e.v1.Invitation.$Properties instead.
             */

            /**
             * Shape of an Invitation.
             * @typedef {connector_e2e.v1.Invitation.$Properties} connector_e2e.v1.Invitation.$Shape
             */

            /**
             * Constructs a new Invitation.
             * @memberof connector_e2e.v1
             * @classdesc Represents an Invitation.
             * @constructor
             * @param {connector_e2e.v1.Invitation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Invitation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Invitation version.
             * @member {number} version
             * @memberof connector_e2e.v1.Invitation
             * @instance
             */
            Invitation.prototype.version = 0;

            /**
             * Invitation token.
             * @member {Uint8Array} token
             * @memberof connector_e2e.v1.Invitation
             * @instance
             */
            Invitation.prototype.token = $util.newBuffer([]);

            /**
             * Invitation secret.
             * @member {Uint8Array} secret
             * @memberof connector_e2e.v1.Invitation
             * @instance
             */
            Invitation.prototype.secret = $util.newBuffer([]);

            /**
             * Invitation commitment.
             * @member {Uint8Array} commitment
             * @memberof connector_e2e.v1.Invitation
             * @instance
             */
            Invitation.prototype.commitment = $util.newBuffer([]);

            /**
             * Invitation expiresAt.
             * @member {number} expiresAt
             * @memberof connector_e2e.v1.Invitation
             * @instance
             */
            Invitation.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Invitation connectorUrl.
             * @member {string} connectorUrl
             * @memberof connector_e2e.v1.Invitation
             * @instance
             */
            Invitation.prototype.connectorUrl = "";

            /**
             * Invitation envelope.
             * @member {number} envelope
             * @memberof connector_e2e.v1.Invitation
             * @instance
             */
            Invitation.prototype.envelope = 0;

            /**
             * Invitation suite.
             * @member {number} suite
             * @memberof connector_e2e.v1.Invitation
             * @instance
             */
            Invitation.prototype.suite = 0;

            /**
             * Creates a new Invitation instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.Invitation
             * @static
             * @param {connector_e2e.v1.Invitation.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.Invitation} Invitation instance
             * @type {{
             *   (properties: connector_e2e.v1.Invitation.$Shape): connector_e2e.v1.Invitation & connector_e2e.v1.Invitation.$Shape;
             *   (properties?: connector_e2e.v1.Invitation.$Properties): connector_e2e.v1.Invitation;
             * }}
             */
            Invitation.create = function(properties) {
                return new Invitation(properties);
            };

            /**
             * Encodes the specified Invitation message. Does not implicitly {@link connector_e2e.v1.Invitation.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.Invitation
             * @static
             * @param {connector_e2e.v1.Invitation.$Properties} message Invitation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Invitation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.token);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.secret);
                if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment") && message.commitment.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.commitment);
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.expiresAt);
                if (message.connectorUrl != null && $Object.hasOwnProperty.call(message, "connectorUrl") && message.connectorUrl !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.connectorUrl);
                if (message.envelope != null && $Object.hasOwnProperty.call(message, "envelope") && message.envelope !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.envelope);
                if (message.suite != null && $Object.hasOwnProperty.call(message, "suite") && message.suite !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.suite);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Invitation message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.Invitation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.Invitation & connector_e2e.v1.Invitation.$Shape} Invitation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Invitation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.Invitation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.commitment = value;
                            else
                                delete message.commitment;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAt = value;
                            else
                                delete message.expiresAt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connectorUrl = value;
                            else
                                delete message.connectorUrl;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.envelope = value;
                            else
                                delete message.envelope;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.suite = value;
                            else
                                delete message.suite;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Invitation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.Invitation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.Invitation} Invitation
             */
            Invitation.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.Invitation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.Invitation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.Invitation();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.token != null)
                    if (object.token.length)
                        if (typeof object.token === "string")
                            $util.base64.decode(object.token, message.token = $util.newBuffer($util.base64.length(object.token)), 0);
                        else if (object.token.length >= 0)
                            message.token = object.token;
                if (object.secret != null)
                    if (object.secret.length)
                        if (typeof object.secret === "string")
                            $util.base64.decode(object.secret, message.secret = $util.newBuffer($util.base64.length(object.secret)), 0);
                        else if (object.secret.length >= 0)
                            message.secret = object.secret;
                if (object.commitment != null)
                    if (object.commitment.length)
                        if (typeof object.commitment === "string")
                            $util.base64.decode(object.commitment, message.commitment = $util.newBuffer($util.base64.length(object.commitment)), 0);
                        else if (object.commitment.length >= 0)
                            message.commitment = object.commitment;
                if (object.expiresAt != null)
                    if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                        if ($util.Long)
                            message.expiresAt = $util.Long.fromValue(object.expiresAt, true);
                        else if (typeof object.expiresAt === "string")
                            message.expiresAt = $parseInt(object.expiresAt, 10);
                        else if (typeof object.expiresAt === "number")
                            message.expiresAt = object.expiresAt;
                        else if (typeof object.expiresAt === "object")
                            message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber(true);
                if (object.connectorUrl != null)
                    if (typeof object.connectorUrl !== "string" || object.connectorUrl.length)
                        message.connectorUrl = $String(object.connectorUrl);
                if (object.envelope != null)
                    if ($Number(object.envelope) !== 0)
                        message.envelope = object.envelope >>> 0;
                if (object.suite != null)
                    if ($Number(object.suite) !== 0)
                        message.suite = object.suite >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Invitation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.Invitation
             * @static
             * @param {connector_e2e.v1.Invitation} message Invitation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Invitation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    if (options.bytes === $String)
                        object.token = "";
                    else {
                        object.token = [];
                        if (options.bytes !== $Array)
                            object.token = $util.newBuffer(object.token);
                    }
                    if (options.bytes === $String)
                        object.secret = "";
                    else {
                        object.secret = [];
                        if (options.bytes !== $Array)
                            object.secret = $util.newBuffer(object.secret);
                    }
                    if (options.bytes === $String)
                        object.commitment = "";
                    else {
                        object.commitment = [];
                        if (options.bytes !== $Array)
                            object.commitment = $util.newBuffer(object.commitment);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.connectorUrl = "";
                    object.envelope = 0;
                    object.suite = 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = options.bytes === $String ? $util.base64.encode(message.token, 0, message.token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.token) : message.token;
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    object.secret = options.bytes === $String ? $util.base64.encode(message.secret, 0, message.secret.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.secret) : message.secret;
                if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment"))
                    object.commitment = options.bytes === $String ? $util.base64.encode(message.commitment, 0, message.commitment.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.commitment) : message.commitment;
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAt === "number")
                        object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                    else
                        object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber(true) : message.expiresAt;
                if (message.connectorUrl != null && $Object.hasOwnProperty.call(message, "connectorUrl"))
                    object.connectorUrl = message.connectorUrl;
                if (message.envelope != null && $Object.hasOwnProperty.call(message, "envelope"))
                    object.envelope = message.envelope;
                if (message.suite != null && $Object.hasOwnProperty.call(message, "suite"))
                    object.suite = message.suite;
                return object;
            };

            /**
             * Converts this Invitation to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.Invitation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Invitation.prototype.toJSON = function() {
                return Invitation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Invitation
             * @function getTypeUrl
             * @memberof connector_e2e.v1.Invitation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Invitation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.Invitation";
            };

            return Invitation;
        })();

        v1.PreKeyBundle = (function() {

            /**
             * Properties of a PreKeyBundle.
             * @typedef {Object} connector_e2e.v1.PreKeyBundle.$Properties
             * @property {number|null} [version] PreKeyBundle version
             * @property {string|null} [connectionId] PreKeyBundle connectionId
             * @property {string|null} [issuerDid] PreKeyBundle issuerDid
             * @property {Uint8Array|null} [identityKey] PreKeyBundle identityKey
             * @property {Uint8Array|null} [signedPrekey] PreKeyBundle signedPrekey
             * @property {Uint8Array|null} [oneTimePrekey] PreKeyBundle oneTimePrekey
             * @property {number|null} [oneTimePrekeyId] PreKeyBundle oneTimePrekeyId
             * @property {Uint8Array|null} [signature] PreKeyBundle signature
             * @property {string|null} [signatureKeyId] PreKeyBundle signatureKeyId
             * @property {Uint8Array|null} [mac] PreKeyBundle mac
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PreKeyBundle.
             * @memberof connector_e2e.v1
             * @interface IPreKeyBundle
             * @augments connector_e2e.v1.PreKeyBundle.$Properties
             * @deprecated Use connector_e2e.v1.PreKeyBundle.$Properties instead.
             */

            /**
             * Shape of a PreKeyBundle.
             * @typedef {connector_e2e.v1.PreKeyBundle.$Properties} connector_e2e.v1.PreKeyBundle.$Shape
             */

            /**
             * Constructs a new PreKeyBundle.
             * @memberof connector_e2e.v1
             * @classdesc Represents a PreKeyBundle.
             * @constructor
             * @param {connector_e2e.v1.PreKeyBundle.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PreKeyBundle = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PreKeyBundle version.
             * @member {number} version
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.version = 0;

            /**
             * PreKeyBundle connectionId.
             * @member {string} connectionId
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.connectionId = "";

            /**
             * PreKeyBundle issuerDid.
             * @member {string} issuerDid
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.issuerDid = "";

            /**
             * PreKeyBundle identityKey.
             * @member {Uint8Array} identityKey
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.identityKey = $util.newBuffer([]);

            /**
             * PreKeyBundle signedPrekey.
             * @member {Uint8Array} signedPrekey
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.signedPrekey = $util.newBuffer([]);

            /**
             * PreKeyBundle oneTimePrekey.
             * @member {Uint8Array} oneTimePrekey
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.oneTimePrekey = $util.newBuffer([]);

            /**
             * PreKeyBundle oneTimePrekeyId.
             * @member {number} oneTimePrekeyId
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.oneTimePrekeyId = 0;

            /**
             * PreKeyBundle signature.
             * @member {Uint8Array} signature
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.signature = $util.newBuffer([]);

            /**
             * PreKeyBundle signatureKeyId.
             * @member {string} signatureKeyId
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.signatureKeyId = "";

            /**
             * PreKeyBundle mac.
             * @member {Uint8Array} mac
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.mac = $util.newBuffer([]);

            /**
             * Creates a new PreKeyBundle instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.PreKeyBundle
             * @static
             * @param {connector_e2e.v1.PreKeyBundle.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.PreKeyBundle} PreKeyBundle instance
             * @type {{
             *   (properties: connector_e2e.v1.PreKeyBundle.$Shape): connector_e2e.v1.PreKeyBundle & connector_e2e.v1.PreKeyBundle.$Shape;
             *   (properties?: connector_e2e.v1.PreKeyBundle.$Properties): connector_e2e.v1.PreKeyBundle;
             * }}
             */
            PreKeyBundle.create = function(properties) {
                return new PreKeyBundle(properties);
            };

            /**
             * Encodes the specified PreKeyBundle message. Does not implicitly {@link connector_e2e.v1.PreKeyBundle.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.PreKeyBundle
             * @static
             * @param {connector_e2e.v1.PreKeyBundle.$Properties} message PreKeyBundle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PreKeyBundle.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.connectionId);
                if (message.issuerDid != null && $Object.hasOwnProperty.call(message, "issuerDid") && message.issuerDid !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.issuerDid);
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.identityKey);
                if (message.signedPrekey != null && $Object.hasOwnProperty.call(message, "signedPrekey") && message.signedPrekey.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signedPrekey);
                if (message.oneTimePrekey != null && $Object.hasOwnProperty.call(message, "oneTimePrekey") && message.oneTimePrekey.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.oneTimePrekey);
                if (message.oneTimePrekeyId != null && $Object.hasOwnProperty.call(message, "oneTimePrekeyId") && message.oneTimePrekeyId !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.oneTimePrekeyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.signature);
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId") && message.signatureKeyId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.signatureKeyId);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.mac);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PreKeyBundle message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.PreKeyBundle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.PreKeyBundle & connector_e2e.v1.PreKeyBundle.$Shape} PreKeyBundle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PreKeyBundle.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.PreKeyBundle();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connectionId = value;
                            else
                                delete message.connectionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.issuerDid = value;
                            else
                                delete message.issuerDid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.identityKey = value;
                            else
                                delete message.identityKey;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signedPrekey = value;
                            else
                                delete message.signedPrekey;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.oneTimePrekey = value;
                            else
                                delete message.oneTimePrekey;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.oneTimePrekeyId = value;
                            else
                                delete message.oneTimePrekeyId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signatureKeyId = value;
                            else
                                delete message.signatureKeyId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PreKeyBundle message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.PreKeyBundle
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.PreKeyBundle} PreKeyBundle
             */
            PreKeyBundle.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.PreKeyBundle)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.PreKeyBundle: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.PreKeyBundle();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.connectionId != null)
                    if (typeof object.connectionId !== "string" || object.connectionId.length)
                        message.connectionId = $String(object.connectionId);
                if (object.issuerDid != null)
                    if (typeof object.issuerDid !== "string" || object.issuerDid.length)
                        message.issuerDid = $String(object.issuerDid);
                if (object.identityKey != null)
                    if (object.identityKey.length)
                        if (typeof object.identityKey === "string")
                            $util.base64.decode(object.identityKey, message.identityKey = $util.newBuffer($util.base64.length(object.identityKey)), 0);
                        else if (object.identityKey.length >= 0)
                            message.identityKey = object.identityKey;
                if (object.signedPrekey != null)
                    if (object.signedPrekey.length)
                        if (typeof object.signedPrekey === "string")
                            $util.base64.decode(object.signedPrekey, message.signedPrekey = $util.newBuffer($util.base64.length(object.signedPrekey)), 0);
                        else if (object.signedPrekey.length >= 0)
                            message.signedPrekey = object.signedPrekey;
                if (object.oneTimePrekey != null)
                    if (object.oneTimePrekey.length)
                        if (typeof object.oneTimePrekey === "string")
                            $util.base64.decode(object.oneTimePrekey, message.oneTimePrekey = $util.newBuffer($util.base64.length(object.oneTimePrekey)), 0);
                        else if (object.oneTimePrekey.length >= 0)
                            message.oneTimePrekey = object.oneTimePrekey;
                if (object.oneTimePrekeyId != null)
                    if ($Number(object.oneTimePrekeyId) !== 0)
                        message.oneTimePrekeyId = object.oneTimePrekeyId >>> 0;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.signatureKeyId != null)
                    if (typeof object.signatureKeyId !== "string" || object.signatureKeyId.length)
                        message.signatureKeyId = $String(object.signatureKeyId);
                if (object.mac != null)
                    if (object.mac.length)
                        if (typeof object.mac === "string")
                            $util.base64.decode(object.mac, message.mac = $util.newBuffer($util.base64.length(object.mac)), 0);
                        else if (object.mac.length >= 0)
                            message.mac = object.mac;
                return message;
            };

            /**
             * Creates a plain object from a PreKeyBundle message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.PreKeyBundle
             * @static
             * @param {connector_e2e.v1.PreKeyBundle} message PreKeyBundle
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PreKeyBundle.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.connectionId = "";
                    object.issuerDid = "";
                    if (options.bytes === $String)
                        object.identityKey = "";
                    else {
                        object.identityKey = [];
                        if (options.bytes !== $Array)
                            object.identityKey = $util.newBuffer(object.identityKey);
                    }
                    if (options.bytes === $String)
                        object.signedPrekey = "";
                    else {
                        object.signedPrekey = [];
                        if (options.bytes !== $Array)
                            object.signedPrekey = $util.newBuffer(object.signedPrekey);
                    }
                    if (options.bytes === $String)
                        object.oneTimePrekey = "";
                    else {
                        object.oneTimePrekey = [];
                        if (options.bytes !== $Array)
                            object.oneTimePrekey = $util.newBuffer(object.oneTimePrekey);
                    }
                    object.oneTimePrekeyId = 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.signatureKeyId = "";
                    if (options.bytes === $String)
                        object.mac = "";
                    else {
                        object.mac = [];
                        if (options.bytes !== $Array)
                            object.mac = $util.newBuffer(object.mac);
                    }
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                if (message.issuerDid != null && $Object.hasOwnProperty.call(message, "issuerDid"))
                    object.issuerDid = message.issuerDid;
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey"))
                    object.identityKey = options.bytes === $String ? $util.base64.encode(message.identityKey, 0, message.identityKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.identityKey) : message.identityKey;
                if (message.signedPrekey != null && $Object.hasOwnProperty.call(message, "signedPrekey"))
                    object.signedPrekey = options.bytes === $String ? $util.base64.encode(message.signedPrekey, 0, message.signedPrekey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signedPrekey) : message.signedPrekey;
                if (message.oneTimePrekey != null && $Object.hasOwnProperty.call(message, "oneTimePrekey"))
                    object.oneTimePrekey = options.bytes === $String ? $util.base64.encode(message.oneTimePrekey, 0, message.oneTimePrekey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.oneTimePrekey) : message.oneTimePrekey;
                if (message.oneTimePrekeyId != null && $Object.hasOwnProperty.call(message, "oneTimePrekeyId"))
                    object.oneTimePrekeyId = message.oneTimePrekeyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId"))
                    object.signatureKeyId = message.signatureKeyId;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = options.bytes === $String ? $util.base64.encode(message.mac, 0, message.mac.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.mac) : message.mac;
                return object;
            };

            /**
             * Converts this PreKeyBundle to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.PreKeyBundle
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PreKeyBundle.prototype.toJSON = function() {
                return PreKeyBundle.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PreKeyBundle
             * @function getTypeUrl
             * @memberof connector_e2e.v1.PreKeyBundle
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PreKeyBundle.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.PreKeyBundle";
            };

            return PreKeyBundle;
        })();

        v1.X3dhInit = (function() {

            /**
             * Properties of a X3dhInit.
             * @typedef {Object} connector_e2e.v1.X3dhInit.$Properties
             * @property {number|null} [version] X3dhInit version
             * @property {string|null} [connectionId] X3dhInit connectionId
             * @property {string|null} [holderDid] X3dhInit holderDid
             * @property {Uint8Array|null} [identityKey] X3dhInit identityKey
             * @property {Uint8Array|null} [ephemeralKey] X3dhInit ephemeralKey
             * @property {number|null} [oneTimePrekeyId] X3dhInit oneTimePrekeyId
             * @property {Uint8Array|null} [bundleHash] X3dhInit bundleHash
             * @property {Uint8Array|null} [signature] X3dhInit signature
             * @property {string|null} [signatureKeyId] X3dhInit signatureKeyId
             * @property {Uint8Array|null} [mac] X3dhInit mac
             * @property {Uint8Array|null} [confirmation] X3dhInit confirmation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a X3dhInit.
             * @memberof connector_e2e.v1
             * @interface IX3dhInit
             * @augments connector_e2e.v1.X3dhInit.$Properties
             * @deprecated Use connector_e2e.v1.X3dhInit.$Properties instead.
             */

            /**
             * Shape of a X3dhInit.
             * @typedef {connector_e2e.v1.X3dhInit.$Properties} connector_e2e.v1.X3dhInit.$Shape
             */

            /**
             * Constructs a new X3dhInit.
             * @memberof connector_e2e.v1
             * @classdesc Represents a X3dhInit.
             * @constructor
             * @param {connector_e2e.v1.X3dhInit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const X3dhInit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * X3dhInit version.
             * @member {number} version
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.version = 0;

            /**
             * X3dhInit connectionId.
             * @member {string} connectionId
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.connectionId = "";

            /**
             * X3dhInit holderDid.
             * @member {string} holderDid
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.holderDid = "";

            /**
             * X3dhInit identityKey.
             * @member {Uint8Array} identityKey
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.identityKey = $util.newBuffer([]);

            /**
             * X3dhInit ephemeralKey.
             * @member {Uint8Array} ephemeralKey
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.ephemeralKey = $util.newBuffer([]);

            /**
             * X3dhInit oneTimePrekeyId.
             * @member {number} oneTimePrekeyId
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.oneTimePrekeyId = 0;

            /**
             * X3dhInit bundleHash.
             * @member {Uint8Array} bundleHash
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.bundleHash = $util.newBuffer([]);

            /**
             * X3dhInit signature.
             * @member {Uint8Array} signature
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.signature = $util.newBuffer([]);

            /**
             * X3dhInit signatureKeyId.
             * @member {string} signatureKeyId
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.signatureKeyId = "";

            /**
             * X3dhInit mac.
             * @member {Uint8Array} mac
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.mac = $util.newBuffer([]);

            /**
             * X3dhInit confirmation.
             * @member {Uint8Array} confirmation
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             */
            X3dhInit.prototype.confirmation = $util.newBuffer([]);

            /**
             * Creates a new X3dhInit instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.X3dhInit
             * @static
             * @param {connector_e2e.v1.X3dhInit.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.X3dhInit} X3dhInit instance
             * @type {{
             *   (properties: connector_e2e.v1.X3dhInit.$Shape): connector_e2e.v1.X3dhInit & connector_e2e.v1.X3dhInit.$Shape;
             *   (properties?: connector_e2e.v1.X3dhInit.$Properties): connector_e2e.v1.X3dhInit;
             * }}
             */
            X3dhInit.create = function(properties) {
                return new X3dhInit(properties);
            };

            /**
             * Encodes the specified X3dhInit message. Does not implicitly {@link connector_e2e.v1.X3dhInit.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.X3dhInit
             * @static
             * @param {connector_e2e.v1.X3dhInit.$Properties} message X3dhInit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            X3dhInit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.connectionId);
                if (message.holderDid != null && $Object.hasOwnProperty.call(message, "holderDid") && message.holderDid !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.holderDid);
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.identityKey);
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey") && message.ephemeralKey.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.ephemeralKey);
                if (message.oneTimePrekeyId != null && $Object.hasOwnProperty.call(message, "oneTimePrekeyId") && message.oneTimePrekeyId !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.oneTimePrekeyId);
                if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash") && message.bundleHash.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.bundleHash);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.signature);
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId") && message.signatureKeyId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.signatureKeyId);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.mac);
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation") && message.confirmation.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.confirmation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a X3dhInit message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.X3dhInit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.X3dhInit & connector_e2e.v1.X3dhInit.$Shape} X3dhInit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            X3dhInit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.X3dhInit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connectionId = value;
                            else
                                delete message.connectionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.holderDid = value;
                            else
                                delete message.holderDid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.identityKey = value;
                            else
                                delete message.identityKey;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ephemeralKey = value;
                            else
                                delete message.ephemeralKey;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.oneTimePrekeyId = value;
                            else
                                delete message.oneTimePrekeyId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.bundleHash = value;
                            else
                                delete message.bundleHash;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signatureKeyId = value;
                            else
                                delete message.signatureKeyId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.confirmation = value;
                            else
                                delete message.confirmation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a X3dhInit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.X3dhInit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.X3dhInit} X3dhInit
             */
            X3dhInit.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.X3dhInit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.X3dhInit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.X3dhInit();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.connectionId != null)
                    if (typeof object.connectionId !== "string" || object.connectionId.length)
                        message.connectionId = $String(object.connectionId);
                if (object.holderDid != null)
                    if (typeof object.holderDid !== "string" || object.holderDid.length)
                        message.holderDid = $String(object.holderDid);
                if (object.identityKey != null)
                    if (object.identityKey.length)
                        if (typeof object.identityKey === "string")
                            $util.base64.decode(object.identityKey, message.identityKey = $util.newBuffer($util.base64.length(object.identityKey)), 0);
                        else if (object.identityKey.length >= 0)
                            message.identityKey = object.identityKey;
                if (object.ephemeralKey != null)
                    if (object.ephemeralKey.length)
                        if (typeof object.ephemeralKey === "string")
                            $util.base64.decode(object.ephemeralKey, message.ephemeralKey = $util.newBuffer($util.base64.length(object.ephemeralKey)), 0);
                        else if (object.ephemeralKey.length >= 0)
                            message.ephemeralKey = object.ephemeralKey;
                if (object.oneTimePrekeyId != null)
                    if ($Number(object.oneTimePrekeyId) !== 0)
                        message.oneTimePrekeyId = object.oneTimePrekeyId >>> 0;
                if (object.bundleHash != null)
                    if (object.bundleHash.length)
                        if (typeof object.bundleHash === "string")
                            $util.base64.decode(object.bundleHash, message.bundleHash = $util.newBuffer($util.base64.length(object.bundleHash)), 0);
                        else if (object.bundleHash.length >= 0)
                            message.bundleHash = object.bundleHash;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.signatureKeyId != null)
                    if (typeof object.signatureKeyId !== "string" || object.signatureKeyId.length)
                        message.signatureKeyId = $String(object.signatureKeyId);
                if (object.mac != null)
                    if (object.mac.length)
                        if (typeof object.mac === "string")
                            $util.base64.decode(object.mac, message.mac = $util.newBuffer($util.base64.length(object.mac)), 0);
                        else if (object.mac.length >= 0)
                            message.mac = object.mac;
                if (object.confirmation != null)
                    if (object.confirmation.length)
                        if (typeof object.confirmation === "string")
                            $util.base64.decode(object.confirmation, message.confirmation = $util.newBuffer($util.base64.length(object.confirmation)), 0);
                        else if (object.confirmation.length >= 0)
                            message.confirmation = object.confirmation;
                return message;
            };

            /**
             * Creates a plain object from a X3dhInit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.X3dhInit
             * @static
             * @param {connector_e2e.v1.X3dhInit} message X3dhInit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            X3dhInit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.connectionId = "";
                    object.holderDid = "";
                    if (options.bytes === $String)
                        object.identityKey = "";
                    else {
                        object.identityKey = [];
                        if (options.bytes !== $Array)
                            object.identityKey = $util.newBuffer(object.identityKey);
                    }
                    if (options.bytes === $String)
                        object.ephemeralKey = "";
                    else {
                        object.ephemeralKey = [];
                        if (options.bytes !== $Array)
                            object.ephemeralKey = $util.newBuffer(object.ephemeralKey);
                    }
                    object.oneTimePrekeyId = 0;
                    if (options.bytes === $String)
                        object.bundleHash = "";
                    else {
                        object.bundleHash = [];
                        if (options.bytes !== $Array)
                            object.bundleHash = $util.newBuffer(object.bundleHash);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.signatureKeyId = "";
                    if (options.bytes === $String)
                        object.mac = "";
                    else {
                        object.mac = [];
                        if (options.bytes !== $Array)
                            object.mac = $util.newBuffer(object.mac);
                    }
                    if (options.bytes === $String)
                        object.confirmation = "";
                    else {
                        object.confirmation = [];
                        if (options.bytes !== $Array)
                            object.confirmation = $util.newBuffer(object.confirmation);
                    }
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                if (message.holderDid != null && $Object.hasOwnProperty.call(message, "holderDid"))
                    object.holderDid = message.holderDid;
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey"))
                    object.identityKey = options.bytes === $String ? $util.base64.encode(message.identityKey, 0, message.identityKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.identityKey) : message.identityKey;
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey"))
                    object.ephemeralKey = options.bytes === $String ? $util.base64.encode(message.ephemeralKey, 0, message.ephemeralKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ephemeralKey) : message.ephemeralKey;
                if (message.oneTimePrekeyId != null && $Object.hasOwnProperty.call(message, "oneTimePrekeyId"))
                    object.oneTimePrekeyId = message.oneTimePrekeyId;
                if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash"))
                    object.bundleHash = options.bytes === $String ? $util.base64.encode(message.bundleHash, 0, message.bundleHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bundleHash) : message.bundleHash;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.signatureKeyId != null && $Object.hasOwnProperty.call(message, "signatureKeyId"))
                    object.signatureKeyId = message.signatureKeyId;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = options.bytes === $String ? $util.base64.encode(message.mac, 0, message.mac.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.mac) : message.mac;
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation"))
                    object.confirmation = options.bytes === $String ? $util.base64.encode(message.confirmation, 0, message.confirmation.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.confirmation) : message.confirmation;
                return object;
            };

            /**
             * Converts this X3dhInit to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.X3dhInit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            X3dhInit.prototype.toJSON = function() {
                return X3dhInit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for X3dhInit
             * @function getTypeUrl
             * @memberof connector_e2e.v1.X3dhInit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            X3dhInit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.X3dhInit";
            };

            return X3dhInit;
        })();

        v1.KeyConfirmation = (function() {

            /**
             * Properties of a KeyConfirmation.
             * @typedef {Object} connector_e2e.v1.KeyConfirmation.$Properties
             * @property {number|null} [version] KeyConfirmation version
             * @property {string|null} [connectionId] KeyConfirmation connectionId
             * @property {Uint8Array|null} [confirmation] KeyConfirmation confirmation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyConfirmation.
             * @memberof connector_e2e.v1
             * @interface IKeyConfirmation
             * @augments connector_e2e.v1.KeyConfirmation.$Properties
             * @deprecated Use connector_e2e.v1.KeyConfirmation.$Properties instead.
             */

            /**
             * Shape of a KeyConfirmation.
             * @typedef {connector_e2e.v1.KeyConfirmation.$Properties} connector_e2e.v1.KeyConfirmation.$Shape
             */

            /**
             * Constructs a new KeyConfirmation.
             * @memberof connector_e2e.v1
             * @classdesc Represents a KeyConfirmation.
             * @constructor
             * @param {connector_e2e.v1.KeyConfirmation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyConfirmation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyConfirmation version.
             * @member {number} version
             * @memberof connector_e2e.v1.KeyConfirmation
             * @instance
             */
            KeyConfirmation.prototype.version = 0;

            /**
             * KeyConfirmation connectionId.
             * @member {string} connectionId
             * @memberof connector_e2e.v1.KeyConfirmation
             * @instance
             */
            KeyConfirmation.prototype.connectionId = "";

            /**
             * KeyConfirmation confirmation.
             * @member {Uint8Array} confirmation
             * @memberof connector_e2e.v1.KeyConfirmation
             * @instance
             */
            KeyConfirmation.prototype.confirmation = $util.newBuffer([]);

            /**
             * Creates a new KeyConfirmation instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.KeyConfirmation
             * @static
             * @param {connector_e2e.v1.KeyConfirmation.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.KeyConfirmation} KeyConfirmation instance
             * @type {{
             *   (properties: connector_e2e.v1.KeyConfirmation.$Shape): connector_e2e.v1.KeyConfirmation & connector_e2e.v1.KeyConfirmation.$Shape;
             *   (properties?: connector_e2e.v1.KeyConfirmation.$Properties): connector_e2e.v1.KeyConfirmation;
             * }}
             */
            KeyConfirmation.create = function(properties) {
                return new KeyConfirmation(properties);
            };

            /**
             * Encodes the specified KeyConfirmation message. Does not implicitly {@link connector_e2e.v1.KeyConfirmation.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.KeyConfirmation
             * @static
             * @param {connector_e2e.v1.KeyConfirmation.$Properties} message KeyConfirmation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyConfirmation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.connectionId);
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation") && message.confirmation.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.confirmation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyConfirmation message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.KeyConfirmation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.KeyConfirmation & connector_e2e.v1.KeyConfirmation.$Shape} KeyConfirmation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyConfirmation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.KeyConfirmation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connectionId = value;
                            else
                                delete message.connectionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.confirmation = value;
                            else
                                delete message.confirmation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a KeyConfirmation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.KeyConfirmation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.KeyConfirmation} KeyConfirmation
             */
            KeyConfirmation.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.KeyConfirmation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.KeyConfirmation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.KeyConfirmation();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.connectionId != null)
                    if (typeof object.connectionId !== "string" || object.connectionId.length)
                        message.connectionId = $String(object.connectionId);
                if (object.confirmation != null)
                    if (object.confirmation.length)
                        if (typeof object.confirmation === "string")
                            $util.base64.decode(object.confirmation, message.confirmation = $util.newBuffer($util.base64.length(object.confirmation)), 0);
                        else if (object.confirmation.length >= 0)
                            message.confirmation = object.confirmation;
                return message;
            };

            /**
             * Creates a plain object from a KeyConfirmation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.KeyConfirmation
             * @static
             * @param {connector_e2e.v1.KeyConfirmation} message KeyConfirmation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyConfirmation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.connectionId = "";
                    if (options.bytes === $String)
                        object.confirmation = "";
                    else {
                        object.confirmation = [];
                        if (options.bytes !== $Array)
                            object.confirmation = $util.newBuffer(object.confirmation);
                    }
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation"))
                    object.confirmation = options.bytes === $String ? $util.base64.encode(message.confirmation, 0, message.confirmation.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.confirmation) : message.confirmation;
                return object;
            };

            /**
             * Converts this KeyConfirmation to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.KeyConfirmation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyConfirmation.prototype.toJSON = function() {
                return KeyConfirmation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyConfirmation
             * @function getTypeUrl
             * @memberof connector_e2e.v1.KeyConfirmation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyConfirmation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.KeyConfirmation";
            };

            return KeyConfirmation;
        })();

        v1.HandshakeMessage = (function() {

            /**
             * Properties of a HandshakeMessage.
             * @typedef {Object} connector_e2e.v1.HandshakeMessage.$Properties
             * @property {connector_e2e.v1.PreKeyBundle.$Properties|null} [bundle] HandshakeMessage bundle
             * @property {connector_e2e.v1.X3dhInit.$Properties|null} [init] HandshakeMessage init
             * @property {connector_e2e.v1.KeyConfirmation.$Properties|null} [confirmation] HandshakeMessage confirmation
             * @property {"bundle"|"init"|"confirmation"} [body] HandshakeMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HandshakeMessage.
             * @memberof connector_e2e.v1
             * @interface IHandshakeMessage
             * @augments connector_e2e.v1.HandshakeMessage.$Properties
             * @deprecated Use connector_e2e.v1.HandshakeMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a HandshakeMessage.
             * @typedef {{
             *   bundle?: connector_e2e.v1.PreKeyBundle.$Shape|null;
             *   init?: connector_e2e.v1.X3dhInit.$Shape|null;
             *   confirmation?: connector_e2e.v1.KeyConfirmation.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; bundle?: null; init?: null; confirmation?: null }|{ body?: "bundle"; bundle: connector_e2e.v1.PreKeyBundle.$Shape; init?: null; confirmation?: null }|{ body?: "init"; bundle?: null; init: connector_e2e.v1.X3dhInit.$Shape; confirmation?: null }|{ body?: "confirmation"; bundle?: null; init?: null; confirmation: connector_e2e.v1.KeyConfirmation.$Shape })
             * )} connector_e2e.v1.HandshakeMessage.$Shape
             */

            /**
             * Constructs a new HandshakeMessage.
             * @memberof connector_e2e.v1
             * @classdesc Represents a HandshakeMessage.
             * @constructor
             * @param {connector_e2e.v1.HandshakeMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HandshakeMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HandshakeMessage bundle.
             * @member {connector_e2e.v1.PreKeyBundle.$Properties|null|undefined} bundle
             * @memberof connector_e2e.v1.HandshakeMessage
             * @instance
             */
            HandshakeMessage.prototype.bundle = null;

            /**
             * HandshakeMessage init.
             * @member {connector_e2e.v1.X3dhInit.$Properties|null|undefined} init
             * @memberof connector_e2e.v1.HandshakeMessage
             * @instance
             */
            HandshakeMessage.prototype.init = null;

            /**
             * HandshakeMessage confirmation.
             * @member {connector_e2e.v1.KeyConfirmation.$Properties|null|undefined} confirmation
             * @memberof connector_e2e.v1.HandshakeMessage
             * @instance
             */
            HandshakeMessage.prototype.confirmation = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * HandshakeMessage body.
             * @member {"bundle"|"init"|"confirmation"|undefined} body
             * @memberof connector_e2e.v1.HandshakeMessage
             * @instance
             */
            $Object.defineProperty(HandshakeMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["bundle", "init", "confirmation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new HandshakeMessage instance using the specified properties.
             * @function create
             * @memberof connector_e2e.v1.HandshakeMessage
             * @static
             * @param {connector_e2e.v1.HandshakeMessage.$Properties=} [properties] Properties to set
             * @returns {connector_e2e.v1.HandshakeMessage} HandshakeMessage instance
             * @type {{
             *   (properties: connector_e2e.v1.HandshakeMessage.$Shape): connector_e2e.v1.HandshakeMessage & connector_e2e.v1.HandshakeMessage.$Shape;
             *   (properties?: connector_e2e.v1.HandshakeMessage.$Properties): connector_e2e.v1.HandshakeMessage;
             * }}
             */
            HandshakeMessage.create = function(properties) {
                return new HandshakeMessage(properties);
            };

            /**
             * Encodes the specified HandshakeMessage message. Does not implicitly {@link connector_e2e.v1.HandshakeMessage.verify|verify} messages.
             * @function encode
             * @memberof connector_e2e.v1.HandshakeMessage
             * @static
             * @param {connector_e2e.v1.HandshakeMessage.$Properties} message HandshakeMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HandshakeMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle"))
                    $root.connector_e2e.v1.PreKeyBundle.encode(message.bundle, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.init != null && $Object.hasOwnProperty.call(message, "init"))
                    $root.connector_e2e.v1.X3dhInit.encode(message.init, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation"))
                    $root.connector_e2e.v1.KeyConfirmation.encode(message.confirmation, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HandshakeMessage message from the specified reader or buffer.
             * @function decode
             * @memberof connector_e2e.v1.HandshakeMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connector_e2e.v1.HandshakeMessage & connector_e2e.v1.HandshakeMessage.$Shape} HandshakeMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HandshakeMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connector_e2e.v1.HandshakeMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.bundle = $root.connector_e2e.v1.PreKeyBundle.decode(reader, reader.size(), $undefined, _depth + 1, message.bundle);
                            message.body = "bundle";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.init = $root.connector_e2e.v1.X3dhInit.decode(reader, reader.size(), $undefined, _depth + 1, message.init);
                            message.body = "init";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.confirmation = $root.connector_e2e.v1.KeyConfirmation.decode(reader, reader.size(), $undefined, _depth + 1, message.confirmation);
                            message.body = "confirmation";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HandshakeMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connector_e2e.v1.HandshakeMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connector_e2e.v1.HandshakeMessage} HandshakeMessage
             */
            HandshakeMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.connector_e2e.v1.HandshakeMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connector_e2e.v1.HandshakeMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connector_e2e.v1.HandshakeMessage();
                if (object.bundle != null) {
                    if (!$util.isObject(object.bundle))
                        throw $TypeError(".connector_e2e.v1.HandshakeMessage.bundle: object expected");
                    message.bundle = $root.connector_e2e.v1.PreKeyBundle.fromObject(object.bundle, _depth + 1);
                }
                if (object.init != null) {
                    if (!$util.isObject(object.init))
                        throw $TypeError(".connector_e2e.v1.HandshakeMessage.init: object expected");
                    message.init = $root.connector_e2e.v1.X3dhInit.fromObject(object.init, _depth + 1);
                }
                if (object.confirmation != null) {
                    if (!$util.isObject(object.confirmation))
                        throw $TypeError(".connector_e2e.v1.HandshakeMessage.confirmation: object expected");
                    message.confirmation = $root.connector_e2e.v1.KeyConfirmation.fromObject(object.confirmation, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a HandshakeMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connector_e2e.v1.HandshakeMessage
             * @static
             * @param {connector_e2e.v1.HandshakeMessage} message HandshakeMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HandshakeMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle")) {
                    object.bundle = $root.connector_e2e.v1.PreKeyBundle.toObject(message.bundle, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "bundle";
                }
                if (message.init != null && $Object.hasOwnProperty.call(message, "init")) {
                    object.init = $root.connector_e2e.v1.X3dhInit.toObject(message.init, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "init";
                }
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation")) {
                    object.confirmation = $root.connector_e2e.v1.KeyConfirmation.toObject(message.confirmation, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "confirmation";
                }
                return object;
            };

            /**
             * Converts this HandshakeMessage to JSON.
             * @function toJSON
             * @memberof connector_e2e.v1.HandshakeMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HandshakeMessage.prototype.toJSON = function() {
                return HandshakeMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HandshakeMessage
             * @function getTypeUrl
             * @memberof connector_e2e.v1.HandshakeMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HandshakeMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connector_e2e.v1.HandshakeMessage";
            };

            return HandshakeMessage;
        })();

        return v1;
    })();

    connector_e2e.connector = (function() {

        /**
         * Namespace connector.
         * @memberof connector_e2e
         * @namespace
         */
        const connector = {};

        connector.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof connector_e2e.connector
             * @namespace
             */
            const v1 = {};

            v1.RegisterRequest = (function() {

                /**
                 * Properties of a RegisterRequest.
                 * @typedef {Object} connector_e2e.connector.v1.RegisterRequest.$Properties
                 * @property {Uint8Array|null} [publicKey] RegisterRequest publicKey
                 * @property {string|null} [displayName] RegisterRequest displayName
                 * @property {string|null} [logoUrl] RegisterRequest logoUrl
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RegisterRequest.
                 * @memberof connector_e2e.connector.v1
                 * @interface IRegisterRequest
                 * @augments connector_e2e.connector.v1.RegisterRequest.$Properties
                 * @deprecated Use connector_e2e.connector.v1.RegisterRequest.$Properties instead.
                 */

                /**
                 * Shape of a RegisterRequest.
                 * @typedef {connector_e2e.connector.v1.RegisterRequest.$Properties} connector_e2e.connector.v1.RegisterRequest.$Shape
                 */

                /**
                 * Constructs a new RegisterRequest.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a RegisterRequest.
                 * @constructor
                 * @param {connector_e2e.connector.v1.RegisterRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RegisterRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RegisterRequest publicKey.
                 * @member {Uint8Array} publicKey
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @instance
                 */
                RegisterRequest.prototype.publicKey = $util.newBuffer([]);

                /**
                 * RegisterRequest displayName.
                 * @member {string} displayName
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @instance
                 */
                RegisterRequest.prototype.displayName = "";

                /**
                 * RegisterRequest logoUrl.
                 * @member {string} logoUrl
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @instance
                 */
                RegisterRequest.prototype.logoUrl = "";

                /**
                 * Creates a new RegisterRequest instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @static
                 * @param {connector_e2e.connector.v1.RegisterRequest.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.RegisterRequest} RegisterRequest instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.RegisterRequest.$Shape): connector_e2e.connector.v1.RegisterRequest & connector_e2e.connector.v1.RegisterRequest.$Shape;
                 *   (properties?: connector_e2e.connector.v1.RegisterRequest.$Properties): connector_e2e.connector.v1.RegisterRequest;
                 * }}
                 */
                RegisterRequest.create = function(properties) {
                    return new RegisterRequest(properties);
                };

                /**
                 * Encodes the specified RegisterRequest message. Does not implicitly {@link connector_e2e.connector.v1.RegisterRequest.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @static
                 * @param {connector_e2e.connector.v1.RegisterRequest.$Properties} message RegisterRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RegisterRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.publicKey);
                    if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.displayName);
                    if (message.logoUrl != null && $Object.hasOwnProperty.call(message, "logoUrl") && message.logoUrl !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.logoUrl);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RegisterRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.RegisterRequest & connector_e2e.connector.v1.RegisterRequest.$Shape} RegisterRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RegisterRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.RegisterRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.publicKey = value;
                                else
                                    delete message.publicKey;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.displayName = value;
                                else
                                    delete message.displayName;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.logoUrl = value;
                                else
                                    delete message.logoUrl;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a RegisterRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.RegisterRequest} RegisterRequest
                 */
                RegisterRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.RegisterRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.RegisterRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.RegisterRequest();
                    if (object.publicKey != null)
                        if (object.publicKey.length)
                            if (typeof object.publicKey === "string")
                                $util.base64.decode(object.publicKey, message.publicKey = $util.newBuffer($util.base64.length(object.publicKey)), 0);
                            else if (object.publicKey.length >= 0)
                                message.publicKey = object.publicKey;
                    if (object.displayName != null)
                        if (typeof object.displayName !== "string" || object.displayName.length)
                            message.displayName = $String(object.displayName);
                    if (object.logoUrl != null)
                        if (typeof object.logoUrl !== "string" || object.logoUrl.length)
                            message.logoUrl = $String(object.logoUrl);
                    return message;
                };

                /**
                 * Creates a plain object from a RegisterRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @static
                 * @param {connector_e2e.connector.v1.RegisterRequest} message RegisterRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RegisterRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.publicKey = "";
                        else {
                            object.publicKey = [];
                            if (options.bytes !== $Array)
                                object.publicKey = $util.newBuffer(object.publicKey);
                        }
                        object.displayName = "";
                        object.logoUrl = "";
                    }
                    if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                        object.publicKey = options.bytes === $String ? $util.base64.encode(message.publicKey, 0, message.publicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.publicKey) : message.publicKey;
                    if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                        object.displayName = message.displayName;
                    if (message.logoUrl != null && $Object.hasOwnProperty.call(message, "logoUrl"))
                        object.logoUrl = message.logoUrl;
                    return object;
                };

                /**
                 * Converts this RegisterRequest to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RegisterRequest.prototype.toJSON = function() {
                    return RegisterRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RegisterRequest
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.RegisterRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RegisterRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.RegisterRequest";
                };

                return RegisterRequest;
            })();

            v1.RegisterResponse = (function() {

                /**
                 * Properties of a RegisterResponse.
                 * @typedef {Object} connector_e2e.connector.v1.RegisterResponse.$Properties
                 * @property {string|null} [participantId] RegisterResponse participantId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RegisterResponse.
                 * @memberof connector_e2e.connector.v1
                 * @interface IRegisterResponse
                 * @augments connector_e2e.connector.v1.RegisterResponse.$Properties
                 * @deprecated Use connector_e2e.connector.v1.RegisterResponse.$Properties instead.
                 */

                /**
                 * Shape of a RegisterResponse.
                 * @typedef {connector_e2e.connector.v1.RegisterResponse.$Properties} connector_e2e.connector.v1.RegisterResponse.$Shape
                 */

                /**
                 * Constructs a new RegisterResponse.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a RegisterResponse.
                 * @constructor
                 * @param {connector_e2e.connector.v1.RegisterResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RegisterResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RegisterResponse participantId.
                 * @member {string} participantId
                 * @memberof connector_e2e.connector.v1.RegisterResponse
                 * @instance
                 */
                RegisterResponse.prototype.participantId = "";

                /**
                 * Creates a new RegisterResponse instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.RegisterResponse
                 * @static
                 * @param {connector_e2e.connector.v1.RegisterResponse.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.RegisterResponse} RegisterResponse instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.RegisterResponse.$Shape): connector_e2e.connector.v1.RegisterResponse & connector_e2e.connector.v1.RegisterResponse.$Shape;
                 *   (properties?: connector_e2e.connector.v1.RegisterResponse.$Properties): connector_e2e.connector.v1.RegisterResponse;
                 * }}
                 */
                RegisterResponse.create = function(properties) {
                    return new RegisterResponse(properties);
                };

                /**
                 * Encodes the specified RegisterResponse message. Does not implicitly {@link connector_e2e.connector.v1.RegisterResponse.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.RegisterResponse
                 * @static
                 * @param {connector_e2e.connector.v1.RegisterResponse.$Properties} message RegisterResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RegisterResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.participantId != null && $Object.hasOwnProperty.call(message, "participantId") && message.participantId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.participantId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RegisterResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.RegisterResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.RegisterResponse & connector_e2e.connector.v1.RegisterResponse.$Shape} RegisterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RegisterResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.RegisterResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.participantId = value;
                                else
                                    delete message.participantId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a RegisterResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.RegisterResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.RegisterResponse} RegisterResponse
                 */
                RegisterResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.RegisterResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.RegisterResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.RegisterResponse();
                    if (object.participantId != null)
                        if (typeof object.participantId !== "string" || object.participantId.length)
                            message.participantId = $String(object.participantId);
                    return message;
                };

                /**
                 * Creates a plain object from a RegisterResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.RegisterResponse
                 * @static
                 * @param {connector_e2e.connector.v1.RegisterResponse} message RegisterResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RegisterResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.participantId = "";
                    if (message.participantId != null && $Object.hasOwnProperty.call(message, "participantId"))
                        object.participantId = message.participantId;
                    return object;
                };

                /**
                 * Converts this RegisterResponse to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.RegisterResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RegisterResponse.prototype.toJSON = function() {
                    return RegisterResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RegisterResponse
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.RegisterResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RegisterResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.RegisterResponse";
                };

                return RegisterResponse;
            })();

            v1.CreateTokensRequest = (function() {

                /**
                 * Properties of a CreateTokensRequest.
                 * @typedef {Object} connector_e2e.connector.v1.CreateTokensRequest.$Properties
                 * @property {number|null} [count] CreateTokensRequest count
                 * @property {number|null} [ttlSeconds] CreateTokensRequest ttlSeconds
                 * @property {Array.<Uint8Array>|null} [tokens] CreateTokensRequest tokens
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateTokensRequest.
                 * @memberof connector_e2e.connector.v1
                 * @interface ICreateTokensRequest
                 * @augments connector_e2e.connector.v1.CreateTokensRequest.$Properties
                 * @deprecated Use connector_e2e.connector.v1.CreateTokensRequest.$Properties instead.
                 */

                /**
                 * Shape of a CreateTokensRequest.
                 * @typedef {connector_e2e.connector.v1.CreateTokensRequest.$Properties} connector_e2e.connector.v1.CreateTokensRequest.$Shape
                 */

                /**
                 * Constructs a new CreateTokensRequest.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a CreateTokensRequest.
                 * @constructor
                 * @param {connector_e2e.connector.v1.CreateTokensRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CreateTokensRequest = function (properties) {
                    this.tokens = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateTokensRequest count.
                 * @member {number} count
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @instance
                 */
                CreateTokensRequest.prototype.count = 0;

                /**
                 * CreateTokensRequest ttlSeconds.
                 * @member {number} ttlSeconds
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @instance
                 */
                CreateTokensRequest.prototype.ttlSeconds = 0;

                /**
                 * CreateTokensRequest tokens.
                 * @member {Array.<Uint8Array>} tokens
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @instance
                 */
                CreateTokensRequest.prototype.tokens = $util.emptyArray;

                /**
                 * Creates a new CreateTokensRequest instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @static
                 * @param {connector_e2e.connector.v1.CreateTokensRequest.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.CreateTokensRequest} CreateTokensRequest instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.CreateTokensRequest.$Shape): connector_e2e.connector.v1.CreateTokensRequest & connector_e2e.connector.v1.CreateTokensRequest.$Shape;
                 *   (properties?: connector_e2e.connector.v1.CreateTokensRequest.$Properties): connector_e2e.connector.v1.CreateTokensRequest;
                 * }}
                 */
                CreateTokensRequest.create = function(properties) {
                    return new CreateTokensRequest(properties);
                };

                /**
                 * Encodes the specified CreateTokensRequest message. Does not implicitly {@link connector_e2e.connector.v1.CreateTokensRequest.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @static
                 * @param {connector_e2e.connector.v1.CreateTokensRequest.$Properties} message CreateTokensRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTokensRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                    if (message.ttlSeconds != null && $Object.hasOwnProperty.call(message, "ttlSeconds") && message.ttlSeconds !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ttlSeconds);
                    if (message.tokens != null && message.tokens.length)
                        for (let i = 0; i < message.tokens.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.tokens[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CreateTokensRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.CreateTokensRequest & connector_e2e.connector.v1.CreateTokensRequest.$Shape} CreateTokensRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTokensRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.CreateTokensRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.count = value;
                                else
                                    delete message.count;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ttlSeconds = value;
                                else
                                    delete message.ttlSeconds;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tokens && message.tokens.length))
                                    message.tokens = [];
                                message.tokens.push(reader.bytes());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CreateTokensRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.CreateTokensRequest} CreateTokensRequest
                 */
                CreateTokensRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.CreateTokensRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.CreateTokensRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.CreateTokensRequest();
                    if (object.count != null)
                        if ($Number(object.count) !== 0)
                            message.count = object.count >>> 0;
                    if (object.ttlSeconds != null)
                        if ($Number(object.ttlSeconds) !== 0)
                            message.ttlSeconds = object.ttlSeconds >>> 0;
                    if (object.tokens) {
                        if (!$Array.isArray(object.tokens))
                            throw $TypeError(".connector_e2e.connector.v1.CreateTokensRequest.tokens: array expected");
                        message.tokens = $Array(object.tokens.length);
                        for (let i = 0; i < object.tokens.length; ++i)
                            if (typeof object.tokens[i] === "string")
                                $util.base64.decode(object.tokens[i], message.tokens[i] = $util.newBuffer($util.base64.length(object.tokens[i])), 0);
                            else if (object.tokens[i].length >= 0)
                                message.tokens[i] = object.tokens[i];
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CreateTokensRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @static
                 * @param {connector_e2e.connector.v1.CreateTokensRequest} message CreateTokensRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateTokensRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.tokens = [];
                    if (options.defaults) {
                        object.count = 0;
                        object.ttlSeconds = 0;
                    }
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                        object.count = message.count;
                    if (message.ttlSeconds != null && $Object.hasOwnProperty.call(message, "ttlSeconds"))
                        object.ttlSeconds = message.ttlSeconds;
                    if (message.tokens && message.tokens.length) {
                        object.tokens = $Array(message.tokens.length);
                        for (let j = 0; j < message.tokens.length; ++j)
                            object.tokens[j] = options.bytes === $String ? $util.base64.encode(message.tokens[j], 0, message.tokens[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tokens[j]) : message.tokens[j];
                    }
                    return object;
                };

                /**
                 * Converts this CreateTokensRequest to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateTokensRequest.prototype.toJSON = function() {
                    return CreateTokensRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateTokensRequest
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.CreateTokensRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateTokensRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.CreateTokensRequest";
                };

                return CreateTokensRequest;
            })();

            v1.TokenGrant = (function() {

                /**
                 * Properties of a TokenGrant.
                 * @typedef {Object} connector_e2e.connector.v1.TokenGrant.$Properties
                 * @property {Uint8Array|null} [token] TokenGrant token
                 * @property {string|null} [tokenId] TokenGrant tokenId
                 * @property {number|null} [expiresAt] TokenGrant expiresAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TokenGrant.
                 * @memberof connector_e2e.connector.v1
                 * @interface ITokenGrant
                 * @augments connector_e2e.connector.v1.TokenGrant.$Properties
                 * @deprecated Use connector_e2e.connector.v1.TokenGrant.$Properties instead.
                 */

                /**
                 * Shape of a TokenGrant.
                 * @typedef {connector_e2e.connector.v1.TokenGrant.$Properties} connector_e2e.connector.v1.TokenGrant.$Shape
                 */

                /**
                 * Constructs a new TokenGrant.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a TokenGrant.
                 * @constructor
                 * @param {connector_e2e.connector.v1.TokenGrant.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TokenGrant = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TokenGrant token.
                 * @member {Uint8Array} token
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @instance
                 */
                TokenGrant.prototype.token = $util.newBuffer([]);

                /**
                 * TokenGrant tokenId.
                 * @member {string} tokenId
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @instance
                 */
                TokenGrant.prototype.tokenId = "";

                /**
                 * TokenGrant expiresAt.
                 * @member {number} expiresAt
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @instance
                 */
                TokenGrant.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TokenGrant instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @static
                 * @param {connector_e2e.connector.v1.TokenGrant.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.TokenGrant} TokenGrant instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.TokenGrant.$Shape): connector_e2e.connector.v1.TokenGrant & connector_e2e.connector.v1.TokenGrant.$Shape;
                 *   (properties?: connector_e2e.connector.v1.TokenGrant.$Properties): connector_e2e.connector.v1.TokenGrant;
                 * }}
                 */
                TokenGrant.create = function(properties) {
                    return new TokenGrant(properties);
                };

                /**
                 * Encodes the specified TokenGrant message. Does not implicitly {@link connector_e2e.connector.v1.TokenGrant.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @static
                 * @param {connector_e2e.connector.v1.TokenGrant.$Properties} message TokenGrant message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TokenGrant.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.token);
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId") && message.tokenId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.tokenId);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.expiresAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TokenGrant message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.TokenGrant & connector_e2e.connector.v1.TokenGrant.$Shape} TokenGrant
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TokenGrant.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.TokenGrant();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.token = value;
                                else
                                    delete message.token;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tokenId = value;
                                else
                                    delete message.tokenId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAt = value;
                                else
                                    delete message.expiresAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a TokenGrant message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.TokenGrant} TokenGrant
                 */
                TokenGrant.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.TokenGrant)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.TokenGrant: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.TokenGrant();
                    if (object.token != null)
                        if (object.token.length)
                            if (typeof object.token === "string")
                                $util.base64.decode(object.token, message.token = $util.newBuffer($util.base64.length(object.token)), 0);
                            else if (object.token.length >= 0)
                                message.token = object.token;
                    if (object.tokenId != null)
                        if (typeof object.tokenId !== "string" || object.tokenId.length)
                            message.tokenId = $String(object.tokenId);
                    if (object.expiresAt != null)
                        if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                            if ($util.Long)
                                message.expiresAt = $util.Long.fromValue(object.expiresAt, true);
                            else if (typeof object.expiresAt === "string")
                                message.expiresAt = $parseInt(object.expiresAt, 10);
                            else if (typeof object.expiresAt === "number")
                                message.expiresAt = object.expiresAt;
                            else if (typeof object.expiresAt === "object")
                                message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TokenGrant message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @static
                 * @param {connector_e2e.connector.v1.TokenGrant} message TokenGrant
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TokenGrant.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.token = "";
                        else {
                            object.token = [];
                            if (options.bytes !== $Array)
                                object.token = $util.newBuffer(object.token);
                        }
                        object.tokenId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                        object.token = options.bytes === $String ? $util.base64.encode(message.token, 0, message.token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.token) : message.token;
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId"))
                        object.tokenId = message.tokenId;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, true).toBigInt();
                        else if (typeof message.expiresAt === "number")
                            object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                        else
                            object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber(true) : message.expiresAt;
                    return object;
                };

                /**
                 * Converts this TokenGrant to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TokenGrant.prototype.toJSON = function() {
                    return TokenGrant.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TokenGrant
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.TokenGrant
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TokenGrant.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.TokenGrant";
                };

                return TokenGrant;
            })();

            v1.CreateTokensResponse = (function() {

                /**
                 * Properties of a CreateTokensResponse.
                 * @typedef {Object} connector_e2e.connector.v1.CreateTokensResponse.$Properties
                 * @property {Array.<connector_e2e.connector.v1.TokenGrant.$Properties>|null} [tokens] CreateTokensResponse tokens
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateTokensResponse.
                 * @memberof connector_e2e.connector.v1
                 * @interface ICreateTokensResponse
                 * @augments connector_e2e.connector.v1.CreateTokensResponse.$Properties
                 * @deprecated Use connector_e2e.connector.v1.CreateTokensResponse.$Properties instead.
                 */

                /**
                 * Shape of a CreateTokensResponse.
                 * @typedef {connector_e2e.connector.v1.CreateTokensResponse.$Properties} connector_e2e.connector.v1.CreateTokensResponse.$Shape
                 */

                /**
                 * Constructs a new CreateTokensResponse.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a CreateTokensResponse.
                 * @constructor
                 * @param {connector_e2e.connector.v1.CreateTokensResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CreateTokensResponse = function (properties) {
                    this.tokens = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateTokensResponse tokens.
                 * @member {Array.<connector_e2e.connector.v1.TokenGrant.$Properties>} tokens
                 * @memberof connector_e2e.connector.v1.CreateTokensResponse
                 * @instance
                 */
                CreateTokensResponse.prototype.tokens = $util.emptyArray;

                /**
                 * Creates a new CreateTokensResponse instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.CreateTokensResponse
                 * @static
                 * @param {connector_e2e.connector.v1.CreateTokensResponse.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.CreateTokensResponse} CreateTokensResponse instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.CreateTokensResponse.$Shape): connector_e2e.connector.v1.CreateTokensResponse & connector_e2e.connector.v1.CreateTokensResponse.$Shape;
                 *   (properties?: connector_e2e.connector.v1.CreateTokensResponse.$Properties): connector_e2e.connector.v1.CreateTokensResponse;
                 * }}
                 */
                CreateTokensResponse.create = function(properties) {
                    return new CreateTokensResponse(properties);
                };

                /**
                 * Encodes the specified CreateTokensResponse message. Does not implicitly {@link connector_e2e.connector.v1.CreateTokensResponse.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.CreateTokensResponse
                 * @static
                 * @param {connector_e2e.connector.v1.CreateTokensResponse.$Properties} message CreateTokensResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTokensResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tokens != null && message.tokens.length)
                        for (let i = 0; i < message.tokens.length; ++i)
                            $root.connector_e2e.connector.v1.TokenGrant.encode(message.tokens[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CreateTokensResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.CreateTokensResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.CreateTokensResponse & connector_e2e.connector.v1.CreateTokensResponse.$Shape} CreateTokensResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTokensResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.CreateTokensResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tokens && message.tokens.length))
                                    message.tokens = [];
                                message.tokens.push($root.connector_e2e.connector.v1.TokenGrant.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CreateTokensResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.CreateTokensResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.CreateTokensResponse} CreateTokensResponse
                 */
                CreateTokensResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.CreateTokensResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.CreateTokensResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.CreateTokensResponse();
                    if (object.tokens) {
                        if (!$Array.isArray(object.tokens))
                            throw $TypeError(".connector_e2e.connector.v1.CreateTokensResponse.tokens: array expected");
                        message.tokens = $Array(object.tokens.length);
                        for (let i = 0; i < object.tokens.length; ++i) {
                            if (!$util.isObject(object.tokens[i]))
                                throw $TypeError(".connector_e2e.connector.v1.CreateTokensResponse.tokens: object expected");
                            message.tokens[i] = $root.connector_e2e.connector.v1.TokenGrant.fromObject(object.tokens[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CreateTokensResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.CreateTokensResponse
                 * @static
                 * @param {connector_e2e.connector.v1.CreateTokensResponse} message CreateTokensResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateTokensResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.tokens = [];
                    if (message.tokens && message.tokens.length) {
                        object.tokens = $Array(message.tokens.length);
                        for (let j = 0; j < message.tokens.length; ++j)
                            object.tokens[j] = $root.connector_e2e.connector.v1.TokenGrant.toObject(message.tokens[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this CreateTokensResponse to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.CreateTokensResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateTokensResponse.prototype.toJSON = function() {
                    return CreateTokensResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateTokensResponse
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.CreateTokensResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateTokensResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.CreateTokensResponse";
                };

                return CreateTokensResponse;
            })();

            v1.TokenInfoRequest = (function() {

                /**
                 * Properties of a TokenInfoRequest.
                 * @typedef {Object} connector_e2e.connector.v1.TokenInfoRequest.$Properties
                 * @property {Uint8Array|null} [token] TokenInfoRequest token
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TokenInfoRequest.
                 * @memberof connector_e2e.connector.v1
                 * @interface ITokenInfoRequest
                 * @augments connector_e2e.connector.v1.TokenInfoRequest.$Properties
                 * @deprecated Use connector_e2e.connector.v1.TokenInfoRequest.$Properties instead.
                 */

                /**
                 * Shape of a TokenInfoRequest.
                 * @typedef {connector_e2e.connector.v1.TokenInfoRequest.$Properties} connector_e2e.connector.v1.TokenInfoRequest.$Shape
                 */

                /**
                 * Constructs a new TokenInfoRequest.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a TokenInfoRequest.
                 * @constructor
                 * @param {connector_e2e.connector.v1.TokenInfoRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TokenInfoRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TokenInfoRequest token.
                 * @member {Uint8Array} token
                 * @memberof connector_e2e.connector.v1.TokenInfoRequest
                 * @instance
                 */
                TokenInfoRequest.prototype.token = $util.newBuffer([]);

                /**
                 * Creates a new TokenInfoRequest instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.TokenInfoRequest
                 * @static
                 * @param {connector_e2e.connector.v1.TokenInfoRequest.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.TokenInfoRequest} TokenInfoRequest instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.TokenInfoRequest.$Shape): connector_e2e.connector.v1.TokenInfoRequest & connector_e2e.connector.v1.TokenInfoRequest.$Shape;
                 *   (properties?: connector_e2e.connector.v1.TokenInfoRequest.$Properties): connector_e2e.connector.v1.TokenInfoRequest;
                 * }}
                 */
                TokenInfoRequest.create = function(properties) {
                    return new TokenInfoRequest(properties);
                };

                /**
                 * Encodes the specified TokenInfoRequest message. Does not implicitly {@link connector_e2e.connector.v1.TokenInfoRequest.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.TokenInfoRequest
                 * @static
                 * @param {connector_e2e.connector.v1.TokenInfoRequest.$Properties} message TokenInfoRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TokenInfoRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.token);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TokenInfoRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.TokenInfoRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.TokenInfoRequest & connector_e2e.connector.v1.TokenInfoRequest.$Shape} TokenInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TokenInfoRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.TokenInfoRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.token = value;
                                else
                                    delete message.token;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a TokenInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.TokenInfoRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.TokenInfoRequest} TokenInfoRequest
                 */
                TokenInfoRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.TokenInfoRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.TokenInfoRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.TokenInfoRequest();
                    if (object.token != null)
                        if (object.token.length)
                            if (typeof object.token === "string")
                                $util.base64.decode(object.token, message.token = $util.newBuffer($util.base64.length(object.token)), 0);
                            else if (object.token.length >= 0)
                                message.token = object.token;
                    return message;
                };

                /**
                 * Creates a plain object from a TokenInfoRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.TokenInfoRequest
                 * @static
                 * @param {connector_e2e.connector.v1.TokenInfoRequest} message TokenInfoRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TokenInfoRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.token = "";
                        else {
                            object.token = [];
                            if (options.bytes !== $Array)
                                object.token = $util.newBuffer(object.token);
                        }
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                        object.token = options.bytes === $String ? $util.base64.encode(message.token, 0, message.token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.token) : message.token;
                    return object;
                };

                /**
                 * Converts this TokenInfoRequest to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.TokenInfoRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TokenInfoRequest.prototype.toJSON = function() {
                    return TokenInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TokenInfoRequest
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.TokenInfoRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TokenInfoRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.TokenInfoRequest";
                };

                return TokenInfoRequest;
            })();

            v1.TokenInfoResponse = (function() {

                /**
                 * Properties of a TokenInfoResponse.
                 * @typedef {Object} connector_e2e.connector.v1.TokenInfoResponse.$Properties
                 * @property {string|null} [tokenId] TokenInfoResponse tokenId
                 * @property {string|null} [inviterName] TokenInfoResponse inviterName
                 * @property {string|null} [inviterLogoUrl] TokenInfoResponse inviterLogoUrl
                 * @property {number|null} [expiresAt] TokenInfoResponse expiresAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TokenInfoResponse.
                 * @memberof connector_e2e.connector.v1
                 * @interface ITokenInfoResponse
                 * @augments connector_e2e.connector.v1.TokenInfoResponse.$Properties
                 * @deprecated Use connector_e2e.connector.v1.TokenInfoResponse.$Properties instead.
                 */

                /**
                 * Shape of a TokenInfoResponse.
                 * @typedef {connector_e2e.connector.v1.TokenInfoResponse.$Properties} connector_e2e.connector.v1.TokenInfoResponse.$Shape
                 */

                /**
                 * Constructs a new TokenInfoResponse.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a TokenInfoResponse.
                 * @constructor
                 * @param {connector_e2e.connector.v1.TokenInfoResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TokenInfoResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TokenInfoResponse tokenId.
                 * @member {string} tokenId
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @instance
                 */
                TokenInfoResponse.prototype.tokenId = "";

                /**
                 * TokenInfoResponse inviterName.
                 * @member {string} inviterName
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @instance
                 */
                TokenInfoResponse.prototype.inviterName = "";

                /**
                 * TokenInfoResponse inviterLogoUrl.
                 * @member {string} inviterLogoUrl
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @instance
                 */
                TokenInfoResponse.prototype.inviterLogoUrl = "";

                /**
                 * TokenInfoResponse expiresAt.
                 * @member {number} expiresAt
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @instance
                 */
                TokenInfoResponse.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TokenInfoResponse instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @static
                 * @param {connector_e2e.connector.v1.TokenInfoResponse.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.TokenInfoResponse} TokenInfoResponse instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.TokenInfoResponse.$Shape): connector_e2e.connector.v1.TokenInfoResponse & connector_e2e.connector.v1.TokenInfoResponse.$Shape;
                 *   (properties?: connector_e2e.connector.v1.TokenInfoResponse.$Properties): connector_e2e.connector.v1.TokenInfoResponse;
                 * }}
                 */
                TokenInfoResponse.create = function(properties) {
                    return new TokenInfoResponse(properties);
                };

                /**
                 * Encodes the specified TokenInfoResponse message. Does not implicitly {@link connector_e2e.connector.v1.TokenInfoResponse.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @static
                 * @param {connector_e2e.connector.v1.TokenInfoResponse.$Properties} message TokenInfoResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TokenInfoResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId") && message.tokenId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tokenId);
                    if (message.inviterName != null && $Object.hasOwnProperty.call(message, "inviterName") && message.inviterName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.inviterName);
                    if (message.inviterLogoUrl != null && $Object.hasOwnProperty.call(message, "inviterLogoUrl") && message.inviterLogoUrl !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.inviterLogoUrl);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.expiresAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TokenInfoResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.TokenInfoResponse & connector_e2e.connector.v1.TokenInfoResponse.$Shape} TokenInfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TokenInfoResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.TokenInfoResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tokenId = value;
                                else
                                    delete message.tokenId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.inviterName = value;
                                else
                                    delete message.inviterName;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.inviterLogoUrl = value;
                                else
                                    delete message.inviterLogoUrl;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAt = value;
                                else
                                    delete message.expiresAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a TokenInfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.TokenInfoResponse} TokenInfoResponse
                 */
                TokenInfoResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.TokenInfoResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.TokenInfoResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.TokenInfoResponse();
                    if (object.tokenId != null)
                        if (typeof object.tokenId !== "string" || object.tokenId.length)
                            message.tokenId = $String(object.tokenId);
                    if (object.inviterName != null)
                        if (typeof object.inviterName !== "string" || object.inviterName.length)
                            message.inviterName = $String(object.inviterName);
                    if (object.inviterLogoUrl != null)
                        if (typeof object.inviterLogoUrl !== "string" || object.inviterLogoUrl.length)
                            message.inviterLogoUrl = $String(object.inviterLogoUrl);
                    if (object.expiresAt != null)
                        if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                            if ($util.Long)
                                message.expiresAt = $util.Long.fromValue(object.expiresAt, true);
                            else if (typeof object.expiresAt === "string")
                                message.expiresAt = $parseInt(object.expiresAt, 10);
                            else if (typeof object.expiresAt === "number")
                                message.expiresAt = object.expiresAt;
                            else if (typeof object.expiresAt === "object")
                                message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TokenInfoResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @static
                 * @param {connector_e2e.connector.v1.TokenInfoResponse} message TokenInfoResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TokenInfoResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.tokenId = "";
                        object.inviterName = "";
                        object.inviterLogoUrl = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId"))
                        object.tokenId = message.tokenId;
                    if (message.inviterName != null && $Object.hasOwnProperty.call(message, "inviterName"))
                        object.inviterName = message.inviterName;
                    if (message.inviterLogoUrl != null && $Object.hasOwnProperty.call(message, "inviterLogoUrl"))
                        object.inviterLogoUrl = message.inviterLogoUrl;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, true).toBigInt();
                        else if (typeof message.expiresAt === "number")
                            object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                        else
                            object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber(true) : message.expiresAt;
                    return object;
                };

                /**
                 * Converts this TokenInfoResponse to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TokenInfoResponse.prototype.toJSON = function() {
                    return TokenInfoResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TokenInfoResponse
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.TokenInfoResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TokenInfoResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.TokenInfoResponse";
                };

                return TokenInfoResponse;
            })();

            v1.AcceptTokenRequest = (function() {

                /**
                 * Properties of an AcceptTokenRequest.
                 * @typedef {Object} connector_e2e.connector.v1.AcceptTokenRequest.$Properties
                 * @property {Uint8Array|null} [token] AcceptTokenRequest token
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AcceptTokenRequest.
                 * @memberof connector_e2e.connector.v1
                 * @interface IAcceptTokenRequest
                 * @augments connector_e2e.connector.v1.AcceptTokenRequest.$Properties
                 * @deprecated Use connector_e2e.connector.v1.AcceptTokenRequest.$Properties instead.
                 */

                /**
                 * Shape of an AcceptTokenRequest.
                 * @typedef {connector_e2e.connector.v1.AcceptTokenRequest.$Properties} connector_e2e.connector.v1.AcceptTokenRequest.$Shape
                 */

                /**
                 * Constructs a new AcceptTokenRequest.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents an AcceptTokenRequest.
                 * @constructor
                 * @param {connector_e2e.connector.v1.AcceptTokenRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AcceptTokenRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AcceptTokenRequest token.
                 * @member {Uint8Array} token
                 * @memberof connector_e2e.connector.v1.AcceptTokenRequest
                 * @instance
                 */
                AcceptTokenRequest.prototype.token = $util.newBuffer([]);

                /**
                 * Creates a new AcceptTokenRequest instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.AcceptTokenRequest
                 * @static
                 * @param {connector_e2e.connector.v1.AcceptTokenRequest.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.AcceptTokenRequest} AcceptTokenRequest instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.AcceptTokenRequest.$Shape): connector_e2e.connector.v1.AcceptTokenRequest & connector_e2e.connector.v1.AcceptTokenRequest.$Shape;
                 *   (properties?: connector_e2e.connector.v1.AcceptTokenRequest.$Properties): connector_e2e.connector.v1.AcceptTokenRequest;
                 * }}
                 */
                AcceptTokenRequest.create = function(properties) {
                    return new AcceptTokenRequest(properties);
                };

                /**
                 * Encodes the specified AcceptTokenRequest message. Does not implicitly {@link connector_e2e.connector.v1.AcceptTokenRequest.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.AcceptTokenRequest
                 * @static
                 * @param {connector_e2e.connector.v1.AcceptTokenRequest.$Properties} message AcceptTokenRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AcceptTokenRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.token);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AcceptTokenRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.AcceptTokenRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.AcceptTokenRequest & connector_e2e.connector.v1.AcceptTokenRequest.$Shape} AcceptTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AcceptTokenRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.AcceptTokenRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.token = value;
                                else
                                    delete message.token;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an AcceptTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.AcceptTokenRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.AcceptTokenRequest} AcceptTokenRequest
                 */
                AcceptTokenRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.AcceptTokenRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.AcceptTokenRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.AcceptTokenRequest();
                    if (object.token != null)
                        if (object.token.length)
                            if (typeof object.token === "string")
                                $util.base64.decode(object.token, message.token = $util.newBuffer($util.base64.length(object.token)), 0);
                            else if (object.token.length >= 0)
                                message.token = object.token;
                    return message;
                };

                /**
                 * Creates a plain object from an AcceptTokenRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.AcceptTokenRequest
                 * @static
                 * @param {connector_e2e.connector.v1.AcceptTokenRequest} message AcceptTokenRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AcceptTokenRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.token = "";
                        else {
                            object.token = [];
                            if (options.bytes !== $Array)
                                object.token = $util.newBuffer(object.token);
                        }
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                        object.token = options.bytes === $String ? $util.base64.encode(message.token, 0, message.token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.token) : message.token;
                    return object;
                };

                /**
                 * Converts this AcceptTokenRequest to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.AcceptTokenRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AcceptTokenRequest.prototype.toJSON = function() {
                    return AcceptTokenRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AcceptTokenRequest
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.AcceptTokenRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AcceptTokenRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.AcceptTokenRequest";
                };

                return AcceptTokenRequest;
            })();

            v1.AcceptTokenResponse = (function() {

                /**
                 * Properties of an AcceptTokenResponse.
                 * @typedef {Object} connector_e2e.connector.v1.AcceptTokenResponse.$Properties
                 * @property {string|null} [connectionId] AcceptTokenResponse connectionId
                 * @property {string|null} [tokenId] AcceptTokenResponse tokenId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AcceptTokenResponse.
                 * @memberof connector_e2e.connector.v1
                 * @interface IAcceptTokenResponse
                 * @augments connector_e2e.connector.v1.AcceptTokenResponse.$Properties
                 * @deprecated Use connector_e2e.connector.v1.AcceptTokenResponse.$Properties instead.
                 */

                /**
                 * Shape of an AcceptTokenResponse.
                 * @typedef {connector_e2e.connector.v1.AcceptTokenResponse.$Properties} connector_e2e.connector.v1.AcceptTokenResponse.$Shape
                 */

                /**
                 * Constructs a new AcceptTokenResponse.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents an AcceptTokenResponse.
                 * @constructor
                 * @param {connector_e2e.connector.v1.AcceptTokenResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AcceptTokenResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AcceptTokenResponse connectionId.
                 * @member {string} connectionId
                 * @memberof connector_e2e.connector.v1.AcceptTokenResponse
                 * @instance
                 */
                AcceptTokenResponse.prototype.connectionId = "";

                /**
                 * AcceptTokenResponse tokenId.
                 * @member {string} tokenId
                 * @memberof connector_e2e.connector.v1.AcceptTokenResponse
                 * @instance
                 */
                AcceptTokenResponse.prototype.tokenId = "";

                /**
                 * Creates a new AcceptTokenResponse instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.AcceptTokenResponse
                 * @static
                 * @param {connector_e2e.connector.v1.AcceptTokenResponse.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.AcceptTokenResponse} AcceptTokenResponse instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.AcceptTokenResponse.$Shape): connector_e2e.connector.v1.AcceptTokenResponse & connector_e2e.connector.v1.AcceptTokenResponse.$Shape;
                 *   (properties?: connector_e2e.connector.v1.AcceptTokenResponse.$Properties): connector_e2e.connector.v1.AcceptTokenResponse;
                 * }}
                 */
                AcceptTokenResponse.create = function(properties) {
                    return new AcceptTokenResponse(properties);
                };

                /**
                 * Encodes the specified AcceptTokenResponse message. Does not implicitly {@link connector_e2e.connector.v1.AcceptTokenResponse.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.AcceptTokenResponse
                 * @static
                 * @param {connector_e2e.connector.v1.AcceptTokenResponse.$Properties} message AcceptTokenResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AcceptTokenResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.connectionId);
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId") && message.tokenId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.tokenId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AcceptTokenResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.AcceptTokenResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.AcceptTokenResponse & connector_e2e.connector.v1.AcceptTokenResponse.$Shape} AcceptTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AcceptTokenResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.AcceptTokenResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.connectionId = value;
                                else
                                    delete message.connectionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tokenId = value;
                                else
                                    delete message.tokenId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an AcceptTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.AcceptTokenResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.AcceptTokenResponse} AcceptTokenResponse
                 */
                AcceptTokenResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.AcceptTokenResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.AcceptTokenResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.AcceptTokenResponse();
                    if (object.connectionId != null)
                        if (typeof object.connectionId !== "string" || object.connectionId.length)
                            message.connectionId = $String(object.connectionId);
                    if (object.tokenId != null)
                        if (typeof object.tokenId !== "string" || object.tokenId.length)
                            message.tokenId = $String(object.tokenId);
                    return message;
                };

                /**
                 * Creates a plain object from an AcceptTokenResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.AcceptTokenResponse
                 * @static
                 * @param {connector_e2e.connector.v1.AcceptTokenResponse} message AcceptTokenResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AcceptTokenResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.connectionId = "";
                        object.tokenId = "";
                    }
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                        object.connectionId = message.connectionId;
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId"))
                        object.tokenId = message.tokenId;
                    return object;
                };

                /**
                 * Converts this AcceptTokenResponse to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.AcceptTokenResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AcceptTokenResponse.prototype.toJSON = function() {
                    return AcceptTokenResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AcceptTokenResponse
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.AcceptTokenResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AcceptTokenResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.AcceptTokenResponse";
                };

                return AcceptTokenResponse;
            })();

            v1.SendRequest = (function() {

                /**
                 * Properties of a SendRequest.
                 * @typedef {Object} connector_e2e.connector.v1.SendRequest.$Properties
                 * @property {string|null} [connectionId] SendRequest connectionId
                 * @property {string|null} [messageId] SendRequest messageId
                 * @property {Uint8Array|null} [payload] SendRequest payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SendRequest.
                 * @memberof connector_e2e.connector.v1
                 * @interface ISendRequest
                 * @augments connector_e2e.connector.v1.SendRequest.$Properties
                 * @deprecated Use connector_e2e.connector.v1.SendRequest.$Properties instead.
                 */

                /**
                 * Shape of a SendRequest.
                 * @typedef {connector_e2e.connector.v1.SendRequest.$Properties} connector_e2e.connector.v1.SendRequest.$Shape
                 */

                /**
                 * Constructs a new SendRequest.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a SendRequest.
                 * @constructor
                 * @param {connector_e2e.connector.v1.SendRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SendRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SendRequest connectionId.
                 * @member {string} connectionId
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @instance
                 */
                SendRequest.prototype.connectionId = "";

                /**
                 * SendRequest messageId.
                 * @member {string} messageId
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @instance
                 */
                SendRequest.prototype.messageId = "";

                /**
                 * SendRequest payload.
                 * @member {Uint8Array} payload
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @instance
                 */
                SendRequest.prototype.payload = $util.newBuffer([]);

                /**
                 * Creates a new SendRequest instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @static
                 * @param {connector_e2e.connector.v1.SendRequest.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.SendRequest} SendRequest instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.SendRequest.$Shape): connector_e2e.connector.v1.SendRequest & connector_e2e.connector.v1.SendRequest.$Shape;
                 *   (properties?: connector_e2e.connector.v1.SendRequest.$Properties): connector_e2e.connector.v1.SendRequest;
                 * }}
                 */
                SendRequest.create = function(properties) {
                    return new SendRequest(properties);
                };

                /**
                 * Encodes the specified SendRequest message. Does not implicitly {@link connector_e2e.connector.v1.SendRequest.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @static
                 * @param {connector_e2e.connector.v1.SendRequest.$Properties} message SendRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SendRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.connectionId);
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SendRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.SendRequest & connector_e2e.connector.v1.SendRequest.$Shape} SendRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SendRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.SendRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.connectionId = value;
                                else
                                    delete message.connectionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SendRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.SendRequest} SendRequest
                 */
                SendRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.SendRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.SendRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.SendRequest();
                    if (object.connectionId != null)
                        if (typeof object.connectionId !== "string" || object.connectionId.length)
                            message.connectionId = $String(object.connectionId);
                    if (object.messageId != null)
                        if (typeof object.messageId !== "string" || object.messageId.length)
                            message.messageId = $String(object.messageId);
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    return message;
                };

                /**
                 * Creates a plain object from a SendRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @static
                 * @param {connector_e2e.connector.v1.SendRequest} message SendRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SendRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.connectionId = "";
                        object.messageId = "";
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                    }
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                        object.connectionId = message.connectionId;
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        object.messageId = message.messageId;
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    return object;
                };

                /**
                 * Converts this SendRequest to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SendRequest.prototype.toJSON = function() {
                    return SendRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SendRequest
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.SendRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SendRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.SendRequest";
                };

                return SendRequest;
            })();

            v1.SendResponse = (function() {

                /**
                 * Properties of a SendResponse.
                 * @typedef {Object} connector_e2e.connector.v1.SendResponse.$Properties
                 * @property {boolean|null} [duplicate] SendResponse duplicate
                 * @property {number|null} [expiresAt] SendResponse expiresAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SendResponse.
                 * @memberof connector_e2e.connector.v1
                 * @interface ISendResponse
                 * @augments connector_e2e.connector.v1.SendResponse.$Properties
                 * @deprecated Use connector_e2e.connector.v1.SendResponse.$Properties instead.
                 */

                /**
                 * Shape of a SendResponse.
                 * @typedef {connector_e2e.connector.v1.SendResponse.$Properties} connector_e2e.connector.v1.SendResponse.$Shape
                 */

                /**
                 * Constructs a new SendResponse.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a SendResponse.
                 * @constructor
                 * @param {connector_e2e.connector.v1.SendResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SendResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SendResponse duplicate.
                 * @member {boolean} duplicate
                 * @memberof connector_e2e.connector.v1.SendResponse
                 * @instance
                 */
                SendResponse.prototype.duplicate = false;

                /**
                 * SendResponse expiresAt.
                 * @member {number} expiresAt
                 * @memberof connector_e2e.connector.v1.SendResponse
                 * @instance
                 */
                SendResponse.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SendResponse instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.SendResponse
                 * @static
                 * @param {connector_e2e.connector.v1.SendResponse.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.SendResponse} SendResponse instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.SendResponse.$Shape): connector_e2e.connector.v1.SendResponse & connector_e2e.connector.v1.SendResponse.$Shape;
                 *   (properties?: connector_e2e.connector.v1.SendResponse.$Properties): connector_e2e.connector.v1.SendResponse;
                 * }}
                 */
                SendResponse.create = function(properties) {
                    return new SendResponse(properties);
                };

                /**
                 * Encodes the specified SendResponse message. Does not implicitly {@link connector_e2e.connector.v1.SendResponse.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.SendResponse
                 * @static
                 * @param {connector_e2e.connector.v1.SendResponse.$Properties} message SendResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SendResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.duplicate);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expiresAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SendResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.SendResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.SendResponse & connector_e2e.connector.v1.SendResponse.$Shape} SendResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SendResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.SendResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.duplicate = value;
                                else
                                    delete message.duplicate;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAt = value;
                                else
                                    delete message.expiresAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SendResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.SendResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.SendResponse} SendResponse
                 */
                SendResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.SendResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.SendResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.SendResponse();
                    if (object.duplicate != null)
                        if (object.duplicate)
                            message.duplicate = $Boolean(object.duplicate);
                    if (object.expiresAt != null)
                        if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                            if ($util.Long)
                                message.expiresAt = $util.Long.fromValue(object.expiresAt, true);
                            else if (typeof object.expiresAt === "string")
                                message.expiresAt = $parseInt(object.expiresAt, 10);
                            else if (typeof object.expiresAt === "number")
                                message.expiresAt = object.expiresAt;
                            else if (typeof object.expiresAt === "object")
                                message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a SendResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.SendResponse
                 * @static
                 * @param {connector_e2e.connector.v1.SendResponse} message SendResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SendResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.duplicate = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
                        object.duplicate = message.duplicate;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, true).toBigInt();
                        else if (typeof message.expiresAt === "number")
                            object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                        else
                            object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber(true) : message.expiresAt;
                    return object;
                };

                /**
                 * Converts this SendResponse to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.SendResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SendResponse.prototype.toJSON = function() {
                    return SendResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SendResponse
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.SendResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SendResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.SendResponse";
                };

                return SendResponse;
            })();

            v1.SendBatchItem = (function() {

                /**
                 * Properties of a SendBatchItem.
                 * @typedef {Object} connector_e2e.connector.v1.SendBatchItem.$Properties
                 * @property {string|null} [connectionId] SendBatchItem connectionId
                 * @property {string|null} [messageId] SendBatchItem messageId
                 * @property {Uint8Array|null} [payload] SendBatchItem payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SendBatchItem.
                 * @memberof connector_e2e.connector.v1
                 * @interface ISendBatchItem
                 * @augments connector_e2e.connector.v1.SendBatchItem.$Properties
                 * @deprecated Use connector_e2e.connector.v1.SendBatchItem.$Properties instead.
                 */

                /**
                 * Shape of a SendBatchItem.
                 * @typedef {connector_e2e.connector.v1.SendBatchItem.$Properties} connector_e2e.connector.v1.SendBatchItem.$Shape
                 */

                /**
                 * Constructs a new SendBatchItem.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a SendBatchItem.
                 * @constructor
                 * @param {connector_e2e.connector.v1.SendBatchItem.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SendBatchItem = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SendBatchItem connectionId.
                 * @member {string} connectionId
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @instance
                 */
                SendBatchItem.prototype.connectionId = "";

                /**
                 * SendBatchItem messageId.
                 * @member {string} messageId
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @instance
                 */
                SendBatchItem.prototype.messageId = "";

                /**
                 * SendBatchItem payload.
                 * @member {Uint8Array} payload
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @instance
                 */
                SendBatchItem.prototype.payload = $util.newBuffer([]);

                /**
                 * Creates a new SendBatchItem instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchItem.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.SendBatchItem} SendBatchItem instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.SendBatchItem.$Shape): connector_e2e.connector.v1.SendBatchItem & connector_e2e.connector.v1.SendBatchItem.$Shape;
                 *   (properties?: connector_e2e.connector.v1.SendBatchItem.$Properties): connector_e2e.connector.v1.SendBatchItem;
                 * }}
                 */
                SendBatchItem.create = function(properties) {
                    return new SendBatchItem(properties);
                };

                /**
                 * Encodes the specified SendBatchItem message. Does not implicitly {@link connector_e2e.connector.v1.SendBatchItem.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchItem.$Properties} message SendBatchItem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SendBatchItem.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.connectionId);
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SendBatchItem message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.SendBatchItem & connector_e2e.connector.v1.SendBatchItem.$Shape} SendBatchItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SendBatchItem.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.SendBatchItem();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.connectionId = value;
                                else
                                    delete message.connectionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SendBatchItem message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.SendBatchItem} SendBatchItem
                 */
                SendBatchItem.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.SendBatchItem)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.SendBatchItem: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.SendBatchItem();
                    if (object.connectionId != null)
                        if (typeof object.connectionId !== "string" || object.connectionId.length)
                            message.connectionId = $String(object.connectionId);
                    if (object.messageId != null)
                        if (typeof object.messageId !== "string" || object.messageId.length)
                            message.messageId = $String(object.messageId);
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    return message;
                };

                /**
                 * Creates a plain object from a SendBatchItem message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchItem} message SendBatchItem
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SendBatchItem.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.connectionId = "";
                        object.messageId = "";
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                    }
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                        object.connectionId = message.connectionId;
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        object.messageId = message.messageId;
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    return object;
                };

                /**
                 * Converts this SendBatchItem to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SendBatchItem.prototype.toJSON = function() {
                    return SendBatchItem.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SendBatchItem
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.SendBatchItem
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SendBatchItem.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.SendBatchItem";
                };

                return SendBatchItem;
            })();

            v1.SendBatchRequest = (function() {

                /**
                 * Properties of a SendBatchRequest.
                 * @typedef {Object} connector_e2e.connector.v1.SendBatchRequest.$Properties
                 * @property {Array.<connector_e2e.connector.v1.SendBatchItem.$Properties>|null} [items] SendBatchRequest items
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SendBatchRequest.
                 * @memberof connector_e2e.connector.v1
                 * @interface ISendBatchRequest
                 * @augments connector_e2e.connector.v1.SendBatchRequest.$Properties
                 * @deprecated Use connector_e2e.connector.v1.SendBatchRequest.$Properties instead.
                 */

                /**
                 * Shape of a SendBatchRequest.
                 * @typedef {connector_e2e.connector.v1.SendBatchRequest.$Properties} connector_e2e.connector.v1.SendBatchRequest.$Shape
                 */

                /**
                 * Constructs a new SendBatchRequest.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a SendBatchRequest.
                 * @constructor
                 * @param {connector_e2e.connector.v1.SendBatchRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SendBatchRequest = function (properties) {
                    this.items = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SendBatchRequest items.
                 * @member {Array.<connector_e2e.connector.v1.SendBatchItem.$Properties>} items
                 * @memberof connector_e2e.connector.v1.SendBatchRequest
                 * @instance
                 */
                SendBatchRequest.prototype.items = $util.emptyArray;

                /**
                 * Creates a new SendBatchRequest instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.SendBatchRequest
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchRequest.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.SendBatchRequest} SendBatchRequest instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.SendBatchRequest.$Shape): connector_e2e.connector.v1.SendBatchRequest & connector_e2e.connector.v1.SendBatchRequest.$Shape;
                 *   (properties?: connector_e2e.connector.v1.SendBatchRequest.$Properties): connector_e2e.connector.v1.SendBatchRequest;
                 * }}
                 */
                SendBatchRequest.create = function(properties) {
                    return new SendBatchRequest(properties);
                };

                /**
                 * Encodes the specified SendBatchRequest message. Does not implicitly {@link connector_e2e.connector.v1.SendBatchRequest.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.SendBatchRequest
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchRequest.$Properties} message SendBatchRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SendBatchRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.items != null && message.items.length)
                        for (let i = 0; i < message.items.length; ++i)
                            $root.connector_e2e.connector.v1.SendBatchItem.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SendBatchRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.SendBatchRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.SendBatchRequest & connector_e2e.connector.v1.SendBatchRequest.$Shape} SendBatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SendBatchRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.SendBatchRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.items && message.items.length))
                                    message.items = [];
                                message.items.push($root.connector_e2e.connector.v1.SendBatchItem.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SendBatchRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.SendBatchRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.SendBatchRequest} SendBatchRequest
                 */
                SendBatchRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.SendBatchRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.SendBatchRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.SendBatchRequest();
                    if (object.items) {
                        if (!$Array.isArray(object.items))
                            throw $TypeError(".connector_e2e.connector.v1.SendBatchRequest.items: array expected");
                        message.items = $Array(object.items.length);
                        for (let i = 0; i < object.items.length; ++i) {
                            if (!$util.isObject(object.items[i]))
                                throw $TypeError(".connector_e2e.connector.v1.SendBatchRequest.items: object expected");
                            message.items[i] = $root.connector_e2e.connector.v1.SendBatchItem.fromObject(object.items[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SendBatchRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.SendBatchRequest
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchRequest} message SendBatchRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SendBatchRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.items = [];
                    if (message.items && message.items.length) {
                        object.items = $Array(message.items.length);
                        for (let j = 0; j < message.items.length; ++j)
                            object.items[j] = $root.connector_e2e.connector.v1.SendBatchItem.toObject(message.items[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this SendBatchRequest to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.SendBatchRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SendBatchRequest.prototype.toJSON = function() {
                    return SendBatchRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SendBatchRequest
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.SendBatchRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SendBatchRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.SendBatchRequest";
                };

                return SendBatchRequest;
            })();

            v1.SendBatchResult = (function() {

                /**
                 * Properties of a SendBatchResult.
                 * @typedef {Object} connector_e2e.connector.v1.SendBatchResult.$Properties
                 * @property {boolean|null} [duplicate] SendBatchResult duplicate
                 * @property {number|null} [expiresAt] SendBatchResult expiresAt
                 * @property {connector_e2e.connector.v1.ErrorBody.$Properties|null} [error] SendBatchResult error
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SendBatchResult.
                 * @memberof connector_e2e.connector.v1
                 * @interface ISendBatchResult
                 * @augments connector_e2e.connector.v1.SendBatchResult.$Properties
                 * @deprecated Use connector_e2e.connector.v1.SendBatchResult.$Properties instead.
                 */

                /**
                 * Shape of a SendBatchResult.
                 * @typedef {connector_e2e.connector.v1.SendBatchResult.$Properties} connector_e2e.connector.v1.SendBatchResult.$Shape
                 */

                /**
                 * Constructs a new SendBatchResult.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a SendBatchResult.
                 * @constructor
                 * @param {connector_e2e.connector.v1.SendBatchResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SendBatchResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SendBatchResult duplicate.
                 * @member {boolean} duplicate
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @instance
                 */
                SendBatchResult.prototype.duplicate = false;

                /**
                 * SendBatchResult expiresAt.
                 * @member {number} expiresAt
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @instance
                 */
                SendBatchResult.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SendBatchResult error.
                 * @member {connector_e2e.connector.v1.ErrorBody.$Properties|null|undefined} error
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @instance
                 */
                SendBatchResult.prototype.error = null;

                /**
                 * Creates a new SendBatchResult instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchResult.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.SendBatchResult} SendBatchResult instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.SendBatchResult.$Shape): connector_e2e.connector.v1.SendBatchResult & connector_e2e.connector.v1.SendBatchResult.$Shape;
                 *   (properties?: connector_e2e.connector.v1.SendBatchResult.$Properties): connector_e2e.connector.v1.SendBatchResult;
                 * }}
                 */
                SendBatchResult.create = function(properties) {
                    return new SendBatchResult(properties);
                };

                /**
                 * Encodes the specified SendBatchResult message. Does not implicitly {@link connector_e2e.connector.v1.SendBatchResult.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchResult.$Properties} message SendBatchResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SendBatchResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.duplicate);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expiresAt);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        $root.connector_e2e.connector.v1.ErrorBody.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SendBatchResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.SendBatchResult & connector_e2e.connector.v1.SendBatchResult.$Shape} SendBatchResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SendBatchResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.SendBatchResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.duplicate = value;
                                else
                                    delete message.duplicate;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAt = value;
                                else
                                    delete message.expiresAt;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.error = $root.connector_e2e.connector.v1.ErrorBody.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SendBatchResult message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.SendBatchResult} SendBatchResult
                 */
                SendBatchResult.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.SendBatchResult)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.SendBatchResult: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.SendBatchResult();
                    if (object.duplicate != null)
                        if (object.duplicate)
                            message.duplicate = $Boolean(object.duplicate);
                    if (object.expiresAt != null)
                        if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                            if ($util.Long)
                                message.expiresAt = $util.Long.fromValue(object.expiresAt, true);
                            else if (typeof object.expiresAt === "string")
                                message.expiresAt = $parseInt(object.expiresAt, 10);
                            else if (typeof object.expiresAt === "number")
                                message.expiresAt = object.expiresAt;
                            else if (typeof object.expiresAt === "object")
                                message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber(true);
                    if (object.error != null) {
                        if (!$util.isObject(object.error))
                            throw $TypeError(".connector_e2e.connector.v1.SendBatchResult.error: object expected");
                        message.error = $root.connector_e2e.connector.v1.ErrorBody.fromObject(object.error, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SendBatchResult message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchResult} message SendBatchResult
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SendBatchResult.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.duplicate = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.error = null;
                    }
                    if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
                        object.duplicate = message.duplicate;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, true).toBigInt();
                        else if (typeof message.expiresAt === "number")
                            object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                        else
                            object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber(true) : message.expiresAt;
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        object.error = $root.connector_e2e.connector.v1.ErrorBody.toObject(message.error, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this SendBatchResult to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SendBatchResult.prototype.toJSON = function() {
                    return SendBatchResult.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SendBatchResult
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.SendBatchResult
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SendBatchResult.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.SendBatchResult";
                };

                return SendBatchResult;
            })();

            v1.SendBatchResponse = (function() {

                /**
                 * Properties of a SendBatchResponse.
                 * @typedef {Object} connector_e2e.connector.v1.SendBatchResponse.$Properties
                 * @property {Array.<connector_e2e.connector.v1.SendBatchResult.$Properties>|null} [results] SendBatchResponse results
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SendBatchResponse.
                 * @memberof connector_e2e.connector.v1
                 * @interface ISendBatchResponse
                 * @augments connector_e2e.connector.v1.SendBatchResponse.$Properties
                 * @deprecated Use connector_e2e.connector.v1.SendBatchResponse.$Properties instead.
                 */

                /**
                 * Shape of a SendBatchResponse.
                 * @typedef {connector_e2e.connector.v1.SendBatchResponse.$Properties} connector_e2e.connector.v1.SendBatchResponse.$Shape
                 */

                /**
                 * Constructs a new SendBatchResponse.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a SendBatchResponse.
                 * @constructor
                 * @param {connector_e2e.connector.v1.SendBatchResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SendBatchResponse = function (properties) {
                    this.results = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SendBatchResponse results.
                 * @member {Array.<connector_e2e.connector.v1.SendBatchResult.$Properties>} results
                 * @memberof connector_e2e.connector.v1.SendBatchResponse
                 * @instance
                 */
                SendBatchResponse.prototype.results = $util.emptyArray;

                /**
                 * Creates a new SendBatchResponse instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.SendBatchResponse
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchResponse.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.SendBatchResponse} SendBatchResponse instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.SendBatchResponse.$Shape): connector_e2e.connector.v1.SendBatchResponse & connector_e2e.connector.v1.SendBatchResponse.$Shape;
                 *   (properties?: connector_e2e.connector.v1.SendBatchResponse.$Properties): connector_e2e.connector.v1.SendBatchResponse;
                 * }}
                 */
                SendBatchResponse.create = function(properties) {
                    return new SendBatchResponse(properties);
                };

                /**
                 * Encodes the specified SendBatchResponse message. Does not implicitly {@link connector_e2e.connector.v1.SendBatchResponse.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.SendBatchResponse
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchResponse.$Properties} message SendBatchResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SendBatchResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.results != null && message.results.length)
                        for (let i = 0; i < message.results.length; ++i)
                            $root.connector_e2e.connector.v1.SendBatchResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SendBatchResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.SendBatchResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.SendBatchResponse & connector_e2e.connector.v1.SendBatchResponse.$Shape} SendBatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SendBatchResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.SendBatchResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.results && message.results.length))
                                    message.results = [];
                                message.results.push($root.connector_e2e.connector.v1.SendBatchResult.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SendBatchResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.SendBatchResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.SendBatchResponse} SendBatchResponse
                 */
                SendBatchResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.SendBatchResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.SendBatchResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.SendBatchResponse();
                    if (object.results) {
                        if (!$Array.isArray(object.results))
                            throw $TypeError(".connector_e2e.connector.v1.SendBatchResponse.results: array expected");
                        message.results = $Array(object.results.length);
                        for (let i = 0; i < object.results.length; ++i) {
                            if (!$util.isObject(object.results[i]))
                                throw $TypeError(".connector_e2e.connector.v1.SendBatchResponse.results: object expected");
                            message.results[i] = $root.connector_e2e.connector.v1.SendBatchResult.fromObject(object.results[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SendBatchResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.SendBatchResponse
                 * @static
                 * @param {connector_e2e.connector.v1.SendBatchResponse} message SendBatchResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SendBatchResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.results = [];
                    if (message.results && message.results.length) {
                        object.results = $Array(message.results.length);
                        for (let j = 0; j < message.results.length; ++j)
                            object.results[j] = $root.connector_e2e.connector.v1.SendBatchResult.toObject(message.results[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this SendBatchResponse to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.SendBatchResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SendBatchResponse.prototype.toJSON = function() {
                    return SendBatchResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SendBatchResponse
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.SendBatchResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SendBatchResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.SendBatchResponse";
                };

                return SendBatchResponse;
            })();

            /**
             * ItemKind enum.
             * @name connector_e2e.connector.v1.ItemKind
             * @enum {number}
             * @property {number} ITEM_KIND_UNSPECIFIED=0 ITEM_KIND_UNSPECIFIED value
             * @property {number} ITEM_KIND_MESSAGE=1 ITEM_KIND_MESSAGE value
             * @property {number} ITEM_KIND_CONNECTION_ACCEPTED=2 ITEM_KIND_CONNECTION_ACCEPTED value
             * @property {number} ITEM_KIND_MESSAGE_EXPIRED=3 ITEM_KIND_MESSAGE_EXPIRED value
             * @property {number} ITEM_KIND_CONNECTION_REVOKED=4 ITEM_KIND_CONNECTION_REVOKED value
             */
            v1.ItemKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ITEM_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ITEM_KIND_MESSAGE"] = 1;
                values[valuesById[2] = "ITEM_KIND_CONNECTION_ACCEPTED"] = 2;
                values[valuesById[3] = "ITEM_KIND_MESSAGE_EXPIRED"] = 3;
                values[valuesById[4] = "ITEM_KIND_CONNECTION_REVOKED"] = 4;
                return values;
            })();

            v1.Delivery = (function() {

                /**
                 * Properties of a Delivery.
                 * @typedef {Object} connector_e2e.connector.v1.Delivery.$Properties
                 * @property {number|null} [seq] Delivery seq
                 * @property {connector_e2e.connector.v1.ItemKind|null} [kind] Delivery kind
                 * @property {string|null} [connectionId] Delivery connectionId
                 * @property {string|null} [messageId] Delivery messageId
                 * @property {Uint8Array|null} [payload] Delivery payload
                 * @property {number|null} [sentAt] Delivery sentAt
                 * @property {string|null} [tokenId] Delivery tokenId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Delivery.
                 * @memberof connector_e2e.connector.v1
                 * @interface IDelivery
                 * @augments connector_e2e.connector.v1.Delivery.$Properties
                 * @deprecated Use connector_e2e.connector.v1.Delivery.$Properties instead.
                 */

                /**
                 * Shape of a Delivery.
                 * @typedef {connector_e2e.connector.v1.Delivery.$Properties} connector_e2e.connector.v1.Delivery.$Shape
                 */

                /**
                 * Constructs a new Delivery.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a Delivery.
                 * @constructor
                 * @param {connector_e2e.connector.v1.Delivery.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Delivery = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Delivery seq.
                 * @member {number} seq
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Delivery kind.
                 * @member {connector_e2e.connector.v1.ItemKind} kind
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.kind = 0;

                /**
                 * Delivery connectionId.
                 * @member {string} connectionId
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.connectionId = "";

                /**
                 * Delivery messageId.
                 * @member {string} messageId
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.messageId = "";

                /**
                 * Delivery payload.
                 * @member {Uint8Array} payload
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.payload = $util.newBuffer([]);

                /**
                 * Delivery sentAt.
                 * @member {number} sentAt
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.sentAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Delivery tokenId.
                 * @member {string} tokenId
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.tokenId = "";

                /**
                 * Creates a new Delivery instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @static
                 * @param {connector_e2e.connector.v1.Delivery.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.Delivery} Delivery instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.Delivery.$Shape): connector_e2e.connector.v1.Delivery & connector_e2e.connector.v1.Delivery.$Shape;
                 *   (properties?: connector_e2e.connector.v1.Delivery.$Properties): connector_e2e.connector.v1.Delivery;
                 * }}
                 */
                Delivery.create = function(properties) {
                    return new Delivery(properties);
                };

                /**
                 * Encodes the specified Delivery message. Does not implicitly {@link connector_e2e.connector.v1.Delivery.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @static
                 * @param {connector_e2e.connector.v1.Delivery.$Properties} message Delivery message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Delivery.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.connectionId);
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.messageId);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.payload);
                    if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt") && (typeof message.sentAt === "object" ? message.sentAt.low || message.sentAt.high : message.sentAt !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.sentAt);
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId") && message.tokenId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.tokenId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Delivery message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.Delivery & connector_e2e.connector.v1.Delivery.$Shape} Delivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Delivery.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.Delivery();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.connectionId = value;
                                else
                                    delete message.connectionId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sentAt = value;
                                else
                                    delete message.sentAt;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tokenId = value;
                                else
                                    delete message.tokenId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.Delivery} Delivery
                 */
                Delivery.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.Delivery)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.Delivery: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.Delivery();
                    if (object.seq != null)
                        if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                            if ($util.Long)
                                message.seq = $util.Long.fromValue(object.seq, true);
                            else if (typeof object.seq === "string")
                                message.seq = $parseInt(object.seq, 10);
                            else if (typeof object.seq === "number")
                                message.seq = object.seq;
                            else if (typeof object.seq === "object")
                                message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                    if (object.kind !== 0 && (typeof object.kind !== "string" || $root.connector_e2e.connector.v1.ItemKind[object.kind] !== 0))
                        switch (object.kind) {
                        case "ITEM_KIND_UNSPECIFIED":
                        case 0:
                            message.kind = 0;
                            break;
                        case "ITEM_KIND_MESSAGE":
                        case 1:
                            message.kind = 1;
                            break;
                        case "ITEM_KIND_CONNECTION_ACCEPTED":
                        case 2:
                            message.kind = 2;
                            break;
                        case "ITEM_KIND_MESSAGE_EXPIRED":
                        case 3:
                            message.kind = 3;
                            break;
                        case "ITEM_KIND_CONNECTION_REVOKED":
                        case 4:
                            message.kind = 4;
                            break;
                        default:
                            if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                message.kind = object.kind;
                        }
                    if (object.connectionId != null)
                        if (typeof object.connectionId !== "string" || object.connectionId.length)
                            message.connectionId = $String(object.connectionId);
                    if (object.messageId != null)
                        if (typeof object.messageId !== "string" || object.messageId.length)
                            message.messageId = $String(object.messageId);
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    if (object.sentAt != null)
                        if (typeof object.sentAt === "object" ? object.sentAt.low || object.sentAt.high : $Number(object.sentAt) !== 0)
                            if ($util.Long)
                                message.sentAt = $util.Long.fromValue(object.sentAt, true);
                            else if (typeof object.sentAt === "string")
                                message.sentAt = $parseInt(object.sentAt, 10);
                            else if (typeof object.sentAt === "number")
                                message.sentAt = object.sentAt;
                            else if (typeof object.sentAt === "object")
                                message.sentAt = new $util.LongBits(object.sentAt.low >>> 0, object.sentAt.high >>> 0).toNumber(true);
                    if (object.tokenId != null)
                        if (typeof object.tokenId !== "string" || object.tokenId.length)
                            message.tokenId = $String(object.tokenId);
                    return message;
                };

                /**
                 * Creates a plain object from a Delivery message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @static
                 * @param {connector_e2e.connector.v1.Delivery} message Delivery
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Delivery.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.kind = options.enums === $String ? "ITEM_KIND_UNSPECIFIED" : 0;
                        object.connectionId = "";
                        object.messageId = "";
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sentAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sentAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.tokenId = "";
                    }
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                        else if (typeof message.seq === "number")
                            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                        else
                            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === $String ? $root.connector_e2e.connector.v1.ItemKind[message.kind] === $undefined ? message.kind : $root.connector_e2e.connector.v1.ItemKind[message.kind] : message.kind;
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                        object.connectionId = message.connectionId;
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        object.messageId = message.messageId;
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sentAt = typeof message.sentAt === "number" ? $BigInt(message.sentAt) : $util.Long.fromBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0, true).toBigInt();
                        else if (typeof message.sentAt === "number")
                            object.sentAt = options.longs === $String ? $String(message.sentAt) : message.sentAt;
                        else
                            object.sentAt = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAt) : options.longs === $Number ? new $util.LongBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0).toNumber(true) : message.sentAt;
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId"))
                        object.tokenId = message.tokenId;
                    return object;
                };

                /**
                 * Converts this Delivery to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Delivery.prototype.toJSON = function() {
                    return Delivery.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Delivery
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.Delivery
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Delivery.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.Delivery";
                };

                return Delivery;
            })();

            v1.FetchRequest = (function() {

                /**
                 * Properties of a FetchRequest.
                 * @typedef {Object} connector_e2e.connector.v1.FetchRequest.$Properties
                 * @property {number|null} [after] FetchRequest after
                 * @property {number|null} [limit] FetchRequest limit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FetchRequest.
                 * @memberof connector_e2e.connector.v1
                 * @interface IFetchRequest
                 * @augments connector_e2e.connector.v1.FetchRequest.$Properties
                 * @deprecated Use connector_e2e.connector.v1.FetchRequest.$Properties instead.
                 */

                /**
                 * Shape of a FetchRequest.
                 * @typedef {connector_e2e.connector.v1.FetchRequest.$Properties} connector_e2e.connector.v1.FetchRequest.$Shape
                 */

                /**
                 * Constructs a new FetchRequest.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a FetchRequest.
                 * @constructor
                 * @param {connector_e2e.connector.v1.FetchRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FetchRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FetchRequest after.
                 * @member {number} after
                 * @memberof connector_e2e.connector.v1.FetchRequest
                 * @instance
                 */
                FetchRequest.prototype.after = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FetchRequest limit.
                 * @member {number} limit
                 * @memberof connector_e2e.connector.v1.FetchRequest
                 * @instance
                 */
                FetchRequest.prototype.limit = 0;

                /**
                 * Creates a new FetchRequest instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.FetchRequest
                 * @static
                 * @param {connector_e2e.connector.v1.FetchRequest.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.FetchRequest} FetchRequest instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.FetchRequest.$Shape): connector_e2e.connector.v1.FetchRequest & connector_e2e.connector.v1.FetchRequest.$Shape;
                 *   (properties?: connector_e2e.connector.v1.FetchRequest.$Properties): connector_e2e.connector.v1.FetchRequest;
                 * }}
                 */
                FetchRequest.create = function(properties) {
                    return new FetchRequest(properties);
                };

                /**
                 * Encodes the specified FetchRequest message. Does not implicitly {@link connector_e2e.connector.v1.FetchRequest.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.FetchRequest
                 * @static
                 * @param {connector_e2e.connector.v1.FetchRequest.$Properties} message FetchRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FetchRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.after != null && $Object.hasOwnProperty.call(message, "after") && (typeof message.after === "object" ? message.after.low || message.after.high : message.after !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.after);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FetchRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.FetchRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.FetchRequest & connector_e2e.connector.v1.FetchRequest.$Shape} FetchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FetchRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.FetchRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.after = value;
                                else
                                    delete message.after;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a FetchRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.FetchRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.FetchRequest} FetchRequest
                 */
                FetchRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.FetchRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.FetchRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.FetchRequest();
                    if (object.after != null)
                        if (typeof object.after === "object" ? object.after.low || object.after.high : $Number(object.after) !== 0)
                            if ($util.Long)
                                message.after = $util.Long.fromValue(object.after, true);
                            else if (typeof object.after === "string")
                                message.after = $parseInt(object.after, 10);
                            else if (typeof object.after === "number")
                                message.after = object.after;
                            else if (typeof object.after === "object")
                                message.after = new $util.LongBits(object.after.low >>> 0, object.after.high >>> 0).toNumber(true);
                    if (object.limit != null)
                        if ($Number(object.limit) !== 0)
                            message.limit = object.limit >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a FetchRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.FetchRequest
                 * @static
                 * @param {connector_e2e.connector.v1.FetchRequest} message FetchRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FetchRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.after = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.after = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.limit = 0;
                    }
                    if (message.after != null && $Object.hasOwnProperty.call(message, "after"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.after = typeof message.after === "number" ? $BigInt(message.after) : $util.Long.fromBits(message.after.low >>> 0, message.after.high >>> 0, true).toBigInt();
                        else if (typeof message.after === "number")
                            object.after = options.longs === $String ? $String(message.after) : message.after;
                        else
                            object.after = options.longs === $String ? $util.Long.prototype.toString.call(message.after) : options.longs === $Number ? new $util.LongBits(message.after.low >>> 0, message.after.high >>> 0).toNumber(true) : message.after;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        object.limit = message.limit;
                    return object;
                };

                /**
                 * Converts this FetchRequest to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.FetchRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FetchRequest.prototype.toJSON = function() {
                    return FetchRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FetchRequest
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.FetchRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FetchRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.FetchRequest";
                };

                return FetchRequest;
            })();

            v1.FetchResponse = (function() {

                /**
                 * Properties of a FetchResponse.
                 * @typedef {Object} connector_e2e.connector.v1.FetchResponse.$Properties
                 * @property {Array.<connector_e2e.connector.v1.Delivery.$Properties>|null} [items] FetchResponse items
                 * @property {number|null} [nextAfter] FetchResponse nextAfter
                 * @property {boolean|null} [hasMore] FetchResponse hasMore
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FetchResponse.
                 * @memberof connector_e2e.connector.v1
                 * @interface IFetchResponse
                 * @augments connector_e2e.connector.v1.FetchResponse.$Properties
                 * @deprecated Use connector_e2e.connector.v1.FetchResponse.$Properties instead.
                 */

                /**
                 * Shape of a FetchResponse.
                 * @typedef {connector_e2e.connector.v1.FetchResponse.$Properties} connector_e2e.connector.v1.FetchResponse.$Shape
                 */

                /**
                 * Constructs a new FetchResponse.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a FetchResponse.
                 * @constructor
                 * @param {connector_e2e.connector.v1.FetchResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FetchResponse = function (properties) {
                    this.items = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FetchResponse items.
                 * @member {Array.<connector_e2e.connector.v1.Delivery.$Properties>} items
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @instance
                 */
                FetchResponse.prototype.items = $util.emptyArray;

                /**
                 * FetchResponse nextAfter.
                 * @member {number} nextAfter
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @instance
                 */
                FetchResponse.prototype.nextAfter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FetchResponse hasMore.
                 * @member {boolean} hasMore
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @instance
                 */
                FetchResponse.prototype.hasMore = false;

                /**
                 * Creates a new FetchResponse instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @static
                 * @param {connector_e2e.connector.v1.FetchResponse.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.FetchResponse} FetchResponse instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.FetchResponse.$Shape): connector_e2e.connector.v1.FetchResponse & connector_e2e.connector.v1.FetchResponse.$Shape;
                 *   (properties?: connector_e2e.connector.v1.FetchResponse.$Properties): connector_e2e.connector.v1.FetchResponse;
                 * }}
                 */
                FetchResponse.create = function(properties) {
                    return new FetchResponse(properties);
                };

                /**
                 * Encodes the specified FetchResponse message. Does not implicitly {@link connector_e2e.connector.v1.FetchResponse.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @static
                 * @param {connector_e2e.connector.v1.FetchResponse.$Properties} message FetchResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FetchResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.items != null && message.items.length)
                        for (let i = 0; i < message.items.length; ++i)
                            $root.connector_e2e.connector.v1.Delivery.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.nextAfter != null && $Object.hasOwnProperty.call(message, "nextAfter") && (typeof message.nextAfter === "object" ? message.nextAfter.low || message.nextAfter.high : message.nextAfter !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nextAfter);
                    if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.hasMore);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FetchResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.FetchResponse & connector_e2e.connector.v1.FetchResponse.$Shape} FetchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FetchResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.FetchResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.items && message.items.length))
                                    message.items = [];
                                message.items.push($root.connector_e2e.connector.v1.Delivery.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.nextAfter = value;
                                else
                                    delete message.nextAfter;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.hasMore = value;
                                else
                                    delete message.hasMore;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a FetchResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.FetchResponse} FetchResponse
                 */
                FetchResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.FetchResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.FetchResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.FetchResponse();
                    if (object.items) {
                        if (!$Array.isArray(object.items))
                            throw $TypeError(".connector_e2e.connector.v1.FetchResponse.items: array expected");
                        message.items = $Array(object.items.length);
                        for (let i = 0; i < object.items.length; ++i) {
                            if (!$util.isObject(object.items[i]))
                                throw $TypeError(".connector_e2e.connector.v1.FetchResponse.items: object expected");
                            message.items[i] = $root.connector_e2e.connector.v1.Delivery.fromObject(object.items[i], _depth + 1);
                        }
                    }
                    if (object.nextAfter != null)
                        if (typeof object.nextAfter === "object" ? object.nextAfter.low || object.nextAfter.high : $Number(object.nextAfter) !== 0)
                            if ($util.Long)
                                message.nextAfter = $util.Long.fromValue(object.nextAfter, true);
                            else if (typeof object.nextAfter === "string")
                                message.nextAfter = $parseInt(object.nextAfter, 10);
                            else if (typeof object.nextAfter === "number")
                                message.nextAfter = object.nextAfter;
                            else if (typeof object.nextAfter === "object")
                                message.nextAfter = new $util.LongBits(object.nextAfter.low >>> 0, object.nextAfter.high >>> 0).toNumber(true);
                    if (object.hasMore != null)
                        if (object.hasMore)
                            message.hasMore = $Boolean(object.hasMore);
                    return message;
                };

                /**
                 * Creates a plain object from a FetchResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @static
                 * @param {connector_e2e.connector.v1.FetchResponse} message FetchResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FetchResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.items = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.nextAfter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.nextAfter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.hasMore = false;
                    }
                    if (message.items && message.items.length) {
                        object.items = $Array(message.items.length);
                        for (let j = 0; j < message.items.length; ++j)
                            object.items[j] = $root.connector_e2e.connector.v1.Delivery.toObject(message.items[j], options, _depth + 1);
                    }
                    if (message.nextAfter != null && $Object.hasOwnProperty.call(message, "nextAfter"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.nextAfter = typeof message.nextAfter === "number" ? $BigInt(message.nextAfter) : $util.Long.fromBits(message.nextAfter.low >>> 0, message.nextAfter.high >>> 0, true).toBigInt();
                        else if (typeof message.nextAfter === "number")
                            object.nextAfter = options.longs === $String ? $String(message.nextAfter) : message.nextAfter;
                        else
                            object.nextAfter = options.longs === $String ? $util.Long.prototype.toString.call(message.nextAfter) : options.longs === $Number ? new $util.LongBits(message.nextAfter.low >>> 0, message.nextAfter.high >>> 0).toNumber(true) : message.nextAfter;
                    if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore"))
                        object.hasMore = message.hasMore;
                    return object;
                };

                /**
                 * Converts this FetchResponse to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FetchResponse.prototype.toJSON = function() {
                    return FetchResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FetchResponse
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.FetchResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FetchResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.FetchResponse";
                };

                return FetchResponse;
            })();

            v1.AckRef = (function() {

                /**
                 * Properties of an AckRef.
                 * @typedef {Object} connector_e2e.connector.v1.AckRef.$Properties
                 * @property {string|null} [connectionId] AckRef connectionId
                 * @property {string|null} [messageId] AckRef messageId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AckRef.
                 * @memberof connector_e2e.connector.v1
                 * @interface IAckRef
                 * @augments connector_e2e.connector.v1.AckRef.$Properties
                 * @deprecated Use connector_e2e.connector.v1.AckRef.$Properties instead.
                 */

                /**
                 * Shape of an AckRef.
                 * @typedef {connector_e2e.connector.v1.AckRef.$Properties} connector_e2e.connector.v1.AckRef.$Shape
                 */

                /**
                 * Constructs a new AckRef.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents an AckRef.
                 * @constructor
                 * @param {connector_e2e.connector.v1.AckRef.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AckRef = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AckRef connectionId.
                 * @member {string} connectionId
                 * @memberof connector_e2e.connector.v1.AckRef
                 * @instance
                 */
                AckRef.prototype.connectionId = "";

                /**
                 * AckRef messageId.
                 * @member {string} messageId
                 * @memberof connector_e2e.connector.v1.AckRef
                 * @instance
                 */
                AckRef.prototype.messageId = "";

                /**
                 * Creates a new AckRef instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.AckRef
                 * @static
                 * @param {connector_e2e.connector.v1.AckRef.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.AckRef} AckRef instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.AckRef.$Shape): connector_e2e.connector.v1.AckRef & connector_e2e.connector.v1.AckRef.$Shape;
                 *   (properties?: connector_e2e.connector.v1.AckRef.$Properties): connector_e2e.connector.v1.AckRef;
                 * }}
                 */
                AckRef.create = function(properties) {
                    return new AckRef(properties);
                };

                /**
                 * Encodes the specified AckRef message. Does not implicitly {@link connector_e2e.connector.v1.AckRef.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.AckRef
                 * @static
                 * @param {connector_e2e.connector.v1.AckRef.$Properties} message AckRef message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AckRef.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.connectionId);
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AckRef message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.AckRef
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.AckRef & connector_e2e.connector.v1.AckRef.$Shape} AckRef
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AckRef.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.AckRef();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.connectionId = value;
                                else
                                    delete message.connectionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an AckRef message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.AckRef
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.AckRef} AckRef
                 */
                AckRef.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.AckRef)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.AckRef: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.AckRef();
                    if (object.connectionId != null)
                        if (typeof object.connectionId !== "string" || object.connectionId.length)
                            message.connectionId = $String(object.connectionId);
                    if (object.messageId != null)
                        if (typeof object.messageId !== "string" || object.messageId.length)
                            message.messageId = $String(object.messageId);
                    return message;
                };

                /**
                 * Creates a plain object from an AckRef message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.AckRef
                 * @static
                 * @param {connector_e2e.connector.v1.AckRef} message AckRef
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AckRef.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.connectionId = "";
                        object.messageId = "";
                    }
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                        object.connectionId = message.connectionId;
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        object.messageId = message.messageId;
                    return object;
                };

                /**
                 * Converts this AckRef to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.AckRef
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AckRef.prototype.toJSON = function() {
                    return AckRef.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AckRef
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.AckRef
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AckRef.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.AckRef";
                };

                return AckRef;
            })();

            v1.AckRequest = (function() {

                /**
                 * Properties of an AckRequest.
                 * @typedef {Object} connector_e2e.connector.v1.AckRequest.$Properties
                 * @property {Array.<connector_e2e.connector.v1.AckRef.$Properties>|null} [refs] AckRequest refs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AckRequest.
                 * @memberof connector_e2e.connector.v1
                 * @interface IAckRequest
                 * @augments connector_e2e.connector.v1.AckRequest.$Properties
                 * @deprecated Use connector_e2e.connector.v1.AckRequest.$Properties instead.
                 */

                /**
                 * Shape of an AckRequest.
                 * @typedef {connector_e2e.connector.v1.AckRequest.$Properties} connector_e2e.connector.v1.AckRequest.$Shape
                 */

                /**
                 * Constructs a new AckRequest.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents an AckRequest.
                 * @constructor
                 * @param {connector_e2e.connector.v1.AckRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AckRequest = function (properties) {
                    this.refs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AckRequest refs.
                 * @member {Array.<connector_e2e.connector.v1.AckRef.$Properties>} refs
                 * @memberof connector_e2e.connector.v1.AckRequest
                 * @instance
                 */
                AckRequest.prototype.refs = $util.emptyArray;

                /**
                 * Creates a new AckRequest instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.AckRequest
                 * @static
                 * @param {connector_e2e.connector.v1.AckRequest.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.AckRequest} AckRequest instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.AckRequest.$Shape): connector_e2e.connector.v1.AckRequest & connector_e2e.connector.v1.AckRequest.$Shape;
                 *   (properties?: connector_e2e.connector.v1.AckRequest.$Properties): connector_e2e.connector.v1.AckRequest;
                 * }}
                 */
                AckRequest.create = function(properties) {
                    return new AckRequest(properties);
                };

                /**
                 * Encodes the specified AckRequest message. Does not implicitly {@link connector_e2e.connector.v1.AckRequest.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.AckRequest
                 * @static
                 * @param {connector_e2e.connector.v1.AckRequest.$Properties} message AckRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AckRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.refs != null && message.refs.length)
                        for (let i = 0; i < message.refs.length; ++i)
                            $root.connector_e2e.connector.v1.AckRef.encode(message.refs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AckRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.AckRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.AckRequest & connector_e2e.connector.v1.AckRequest.$Shape} AckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AckRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.AckRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.refs && message.refs.length))
                                    message.refs = [];
                                message.refs.push($root.connector_e2e.connector.v1.AckRef.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an AckRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.AckRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.AckRequest} AckRequest
                 */
                AckRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.AckRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.AckRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.AckRequest();
                    if (object.refs) {
                        if (!$Array.isArray(object.refs))
                            throw $TypeError(".connector_e2e.connector.v1.AckRequest.refs: array expected");
                        message.refs = $Array(object.refs.length);
                        for (let i = 0; i < object.refs.length; ++i) {
                            if (!$util.isObject(object.refs[i]))
                                throw $TypeError(".connector_e2e.connector.v1.AckRequest.refs: object expected");
                            message.refs[i] = $root.connector_e2e.connector.v1.AckRef.fromObject(object.refs[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AckRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.AckRequest
                 * @static
                 * @param {connector_e2e.connector.v1.AckRequest} message AckRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AckRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.refs = [];
                    if (message.refs && message.refs.length) {
                        object.refs = $Array(message.refs.length);
                        for (let j = 0; j < message.refs.length; ++j)
                            object.refs[j] = $root.connector_e2e.connector.v1.AckRef.toObject(message.refs[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this AckRequest to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.AckRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AckRequest.prototype.toJSON = function() {
                    return AckRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AckRequest
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.AckRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AckRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.AckRequest";
                };

                return AckRequest;
            })();

            v1.AckResponse = (function() {

                /**
                 * Properties of an AckResponse.
                 * @typedef {Object} connector_e2e.connector.v1.AckResponse.$Properties
                 * @property {number|null} [deleted] AckResponse deleted
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AckResponse.
                 * @memberof connector_e2e.connector.v1
                 * @interface IAckResponse
                 * @augments connector_e2e.connector.v1.AckResponse.$Properties
                 * @deprecated Use connector_e2e.connector.v1.AckResponse.$Properties instead.
                 */

                /**
                 * Shape of an AckResponse.
                 * @typedef {connector_e2e.connector.v1.AckResponse.$Properties} connector_e2e.connector.v1.AckResponse.$Shape
                 */

                /**
                 * Constructs a new AckResponse.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents an AckResponse.
                 * @constructor
                 * @param {connector_e2e.connector.v1.AckResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AckResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AckResponse deleted.
                 * @member {number} deleted
                 * @memberof connector_e2e.connector.v1.AckResponse
                 * @instance
                 */
                AckResponse.prototype.deleted = 0;

                /**
                 * Creates a new AckResponse instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.AckResponse
                 * @static
                 * @param {connector_e2e.connector.v1.AckResponse.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.AckResponse} AckResponse instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.AckResponse.$Shape): connector_e2e.connector.v1.AckResponse & connector_e2e.connector.v1.AckResponse.$Shape;
                 *   (properties?: connector_e2e.connector.v1.AckResponse.$Properties): connector_e2e.connector.v1.AckResponse;
                 * }}
                 */
                AckResponse.create = function(properties) {
                    return new AckResponse(properties);
                };

                /**
                 * Encodes the specified AckResponse message. Does not implicitly {@link connector_e2e.connector.v1.AckResponse.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.AckResponse
                 * @static
                 * @param {connector_e2e.connector.v1.AckResponse.$Properties} message AckResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AckResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.deleted);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AckResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.AckResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.AckResponse & connector_e2e.connector.v1.AckResponse.$Shape} AckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AckResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.AckResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.deleted = value;
                                else
                                    delete message.deleted;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an AckResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.AckResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.AckResponse} AckResponse
                 */
                AckResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.AckResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.AckResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.AckResponse();
                    if (object.deleted != null)
                        if ($Number(object.deleted) !== 0)
                            message.deleted = object.deleted >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an AckResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.AckResponse
                 * @static
                 * @param {connector_e2e.connector.v1.AckResponse} message AckResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AckResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.deleted = 0;
                    if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                        object.deleted = message.deleted;
                    return object;
                };

                /**
                 * Converts this AckResponse to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.AckResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AckResponse.prototype.toJSON = function() {
                    return AckResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AckResponse
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.AckResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AckResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.AckResponse";
                };

                return AckResponse;
            })();

            v1.RevokeRequest = (function() {

                /**
                 * Properties of a RevokeRequest.
                 * @typedef {Object} connector_e2e.connector.v1.RevokeRequest.$Properties
                 * @property {string|null} [connectionId] RevokeRequest connectionId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RevokeRequest.
                 * @memberof connector_e2e.connector.v1
                 * @interface IRevokeRequest
                 * @augments connector_e2e.connector.v1.RevokeRequest.$Properties
                 * @deprecated Use connector_e2e.connector.v1.RevokeRequest.$Properties instead.
                 */

                /**
                 * Shape of a RevokeRequest.
                 * @typedef {connector_e2e.connector.v1.RevokeRequest.$Properties} connector_e2e.connector.v1.RevokeRequest.$Shape
                 */

                /**
                 * Constructs a new RevokeRequest.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a RevokeRequest.
                 * @constructor
                 * @param {connector_e2e.connector.v1.RevokeRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RevokeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RevokeRequest connectionId.
                 * @member {string} connectionId
                 * @memberof connector_e2e.connector.v1.RevokeRequest
                 * @instance
                 */
                RevokeRequest.prototype.connectionId = "";

                /**
                 * Creates a new RevokeRequest instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.RevokeRequest
                 * @static
                 * @param {connector_e2e.connector.v1.RevokeRequest.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.RevokeRequest} RevokeRequest instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.RevokeRequest.$Shape): connector_e2e.connector.v1.RevokeRequest & connector_e2e.connector.v1.RevokeRequest.$Shape;
                 *   (properties?: connector_e2e.connector.v1.RevokeRequest.$Properties): connector_e2e.connector.v1.RevokeRequest;
                 * }}
                 */
                RevokeRequest.create = function(properties) {
                    return new RevokeRequest(properties);
                };

                /**
                 * Encodes the specified RevokeRequest message. Does not implicitly {@link connector_e2e.connector.v1.RevokeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.RevokeRequest
                 * @static
                 * @param {connector_e2e.connector.v1.RevokeRequest.$Properties} message RevokeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevokeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.connectionId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RevokeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.RevokeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.RevokeRequest & connector_e2e.connector.v1.RevokeRequest.$Shape} RevokeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevokeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.RevokeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.connectionId = value;
                                else
                                    delete message.connectionId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a RevokeRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.RevokeRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.RevokeRequest} RevokeRequest
                 */
                RevokeRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.RevokeRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.RevokeRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.RevokeRequest();
                    if (object.connectionId != null)
                        if (typeof object.connectionId !== "string" || object.connectionId.length)
                            message.connectionId = $String(object.connectionId);
                    return message;
                };

                /**
                 * Creates a plain object from a RevokeRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.RevokeRequest
                 * @static
                 * @param {connector_e2e.connector.v1.RevokeRequest} message RevokeRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RevokeRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.connectionId = "";
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                        object.connectionId = message.connectionId;
                    return object;
                };

                /**
                 * Converts this RevokeRequest to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.RevokeRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RevokeRequest.prototype.toJSON = function() {
                    return RevokeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RevokeRequest
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.RevokeRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RevokeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.RevokeRequest";
                };

                return RevokeRequest;
            })();

            v1.RevokeResponse = (function() {

                /**
                 * Properties of a RevokeResponse.
                 * @typedef {Object} connector_e2e.connector.v1.RevokeResponse.$Properties
                 * @property {number|null} [deletedMessages] RevokeResponse deletedMessages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RevokeResponse.
                 * @memberof connector_e2e.connector.v1
                 * @interface IRevokeResponse
                 * @augments connector_e2e.connector.v1.RevokeResponse.$Properties
                 * @deprecated Use connector_e2e.connector.v1.RevokeResponse.$Properties instead.
                 */

                /**
                 * Shape of a RevokeResponse.
                 * @typedef {connector_e2e.connector.v1.RevokeResponse.$Properties} connector_e2e.connector.v1.RevokeResponse.$Shape
                 */

                /**
                 * Constructs a new RevokeResponse.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a RevokeResponse.
                 * @constructor
                 * @param {connector_e2e.connector.v1.RevokeResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RevokeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RevokeResponse deletedMessages.
                 * @member {number} deletedMessages
                 * @memberof connector_e2e.connector.v1.RevokeResponse
                 * @instance
                 */
                RevokeResponse.prototype.deletedMessages = 0;

                /**
                 * Creates a new RevokeResponse instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.RevokeResponse
                 * @static
                 * @param {connector_e2e.connector.v1.RevokeResponse.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.RevokeResponse} RevokeResponse instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.RevokeResponse.$Shape): connector_e2e.connector.v1.RevokeResponse & connector_e2e.connector.v1.RevokeResponse.$Shape;
                 *   (properties?: connector_e2e.connector.v1.RevokeResponse.$Properties): connector_e2e.connector.v1.RevokeResponse;
                 * }}
                 */
                RevokeResponse.create = function(properties) {
                    return new RevokeResponse(properties);
                };

                /**
                 * Encodes the specified RevokeResponse message. Does not implicitly {@link connector_e2e.connector.v1.RevokeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.RevokeResponse
                 * @static
                 * @param {connector_e2e.connector.v1.RevokeResponse.$Properties} message RevokeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevokeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.deletedMessages != null && $Object.hasOwnProperty.call(message, "deletedMessages") && message.deletedMessages !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.deletedMessages);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RevokeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.RevokeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.RevokeResponse & connector_e2e.connector.v1.RevokeResponse.$Shape} RevokeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevokeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.RevokeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.deletedMessages = value;
                                else
                                    delete message.deletedMessages;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a RevokeResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.RevokeResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.RevokeResponse} RevokeResponse
                 */
                RevokeResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.RevokeResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.RevokeResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.RevokeResponse();
                    if (object.deletedMessages != null)
                        if ($Number(object.deletedMessages) !== 0)
                            message.deletedMessages = object.deletedMessages >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a RevokeResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.RevokeResponse
                 * @static
                 * @param {connector_e2e.connector.v1.RevokeResponse} message RevokeResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RevokeResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.deletedMessages = 0;
                    if (message.deletedMessages != null && $Object.hasOwnProperty.call(message, "deletedMessages"))
                        object.deletedMessages = message.deletedMessages;
                    return object;
                };

                /**
                 * Converts this RevokeResponse to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.RevokeResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RevokeResponse.prototype.toJSON = function() {
                    return RevokeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RevokeResponse
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.RevokeResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RevokeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.RevokeResponse";
                };

                return RevokeResponse;
            })();

            v1.ErrorBody = (function() {

                /**
                 * Properties of an ErrorBody.
                 * @typedef {Object} connector_e2e.connector.v1.ErrorBody.$Properties
                 * @property {string|null} [code] ErrorBody code
                 * @property {string|null} [message] ErrorBody message
                 * @property {number|null} [retryAfterSeconds] ErrorBody retryAfterSeconds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ErrorBody.
                 * @memberof connector_e2e.connector.v1
                 * @interface IErrorBody
                 * @augments connector_e2e.connector.v1.ErrorBody.$Properties
                 * @deprecated Use connector_e2e.connector.v1.ErrorBody.$Properties instead.
                 */

                /**
                 * Shape of an ErrorBody.
                 * @typedef {connector_e2e.connector.v1.ErrorBody.$Properties} connector_e2e.connector.v1.ErrorBody.$Shape
                 */

                /**
                 * Constructs a new ErrorBody.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents an ErrorBody.
                 * @constructor
                 * @param {connector_e2e.connector.v1.ErrorBody.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ErrorBody = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ErrorBody code.
                 * @member {string} code
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @instance
                 */
                ErrorBody.prototype.code = "";

                /**
                 * ErrorBody message.
                 * @member {string} message
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @instance
                 */
                ErrorBody.prototype.message = "";

                /**
                 * ErrorBody retryAfterSeconds.
                 * @member {number} retryAfterSeconds
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @instance
                 */
                ErrorBody.prototype.retryAfterSeconds = 0;

                /**
                 * Creates a new ErrorBody instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @static
                 * @param {connector_e2e.connector.v1.ErrorBody.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.ErrorBody} ErrorBody instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.ErrorBody.$Shape): connector_e2e.connector.v1.ErrorBody & connector_e2e.connector.v1.ErrorBody.$Shape;
                 *   (properties?: connector_e2e.connector.v1.ErrorBody.$Properties): connector_e2e.connector.v1.ErrorBody;
                 * }}
                 */
                ErrorBody.create = function(properties) {
                    return new ErrorBody(properties);
                };

                /**
                 * Encodes the specified ErrorBody message. Does not implicitly {@link connector_e2e.connector.v1.ErrorBody.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @static
                 * @param {connector_e2e.connector.v1.ErrorBody.$Properties} message ErrorBody message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ErrorBody.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    if (message.retryAfterSeconds != null && $Object.hasOwnProperty.call(message, "retryAfterSeconds") && message.retryAfterSeconds !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterSeconds);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ErrorBody message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.ErrorBody & connector_e2e.connector.v1.ErrorBody.$Shape} ErrorBody
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ErrorBody.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.ErrorBody();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.retryAfterSeconds = value;
                                else
                                    delete message.retryAfterSeconds;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an ErrorBody message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.ErrorBody} ErrorBody
                 */
                ErrorBody.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.ErrorBody)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.ErrorBody: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.ErrorBody();
                    if (object.code != null)
                        if (typeof object.code !== "string" || object.code.length)
                            message.code = $String(object.code);
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    if (object.retryAfterSeconds != null)
                        if ($Number(object.retryAfterSeconds) !== 0)
                            message.retryAfterSeconds = object.retryAfterSeconds >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an ErrorBody message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @static
                 * @param {connector_e2e.connector.v1.ErrorBody} message ErrorBody
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ErrorBody.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = "";
                        object.message = "";
                        object.retryAfterSeconds = 0;
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.retryAfterSeconds != null && $Object.hasOwnProperty.call(message, "retryAfterSeconds"))
                        object.retryAfterSeconds = message.retryAfterSeconds;
                    return object;
                };

                /**
                 * Converts this ErrorBody to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ErrorBody.prototype.toJSON = function() {
                    return ErrorBody.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ErrorBody
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.ErrorBody
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ErrorBody.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.ErrorBody";
                };

                return ErrorBody;
            })();

            v1.ServerFrame = (function() {

                /**
                 * Properties of a ServerFrame.
                 * @typedef {Object} connector_e2e.connector.v1.ServerFrame.$Properties
                 * @property {connector_e2e.connector.v1.FetchResponse.$Properties|null} [deliveries] ServerFrame deliveries
                 * @property {connector_e2e.connector.v1.ErrorBody.$Properties|null} [error] ServerFrame error
                 * @property {connector_e2e.connector.v1.AckResponse.$Properties|null} [acked] ServerFrame acked
                 * @property {"deliveries"|"error"|"acked"} [body] ServerFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ServerFrame.
                 * @memberof connector_e2e.connector.v1
                 * @interface IServerFrame
                 * @augments connector_e2e.connector.v1.ServerFrame.$Properties
                 * @deprecated Use connector_e2e.connector.v1.ServerFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ServerFrame.
                 * @typedef {{
                 *   deliveries?: connector_e2e.connector.v1.FetchResponse.$Shape|null;
                 *   error?: connector_e2e.connector.v1.ErrorBody.$Shape|null;
                 *   acked?: connector_e2e.connector.v1.AckResponse.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; deliveries?: null; error?: null; acked?: null }|{ body?: "deliveries"; deliveries: connector_e2e.connector.v1.FetchResponse.$Shape; error?: null; acked?: null }|{ body?: "error"; deliveries?: null; error: connector_e2e.connector.v1.ErrorBody.$Shape; acked?: null }|{ body?: "acked"; deliveries?: null; error?: null; acked: connector_e2e.connector.v1.AckResponse.$Shape })
                 * )} connector_e2e.connector.v1.ServerFrame.$Shape
                 */

                /**
                 * Constructs a new ServerFrame.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a ServerFrame.
                 * @constructor
                 * @param {connector_e2e.connector.v1.ServerFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ServerFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ServerFrame deliveries.
                 * @member {connector_e2e.connector.v1.FetchResponse.$Properties|null|undefined} deliveries
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @instance
                 */
                ServerFrame.prototype.deliveries = null;

                /**
                 * ServerFrame error.
                 * @member {connector_e2e.connector.v1.ErrorBody.$Properties|null|undefined} error
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @instance
                 */
                ServerFrame.prototype.error = null;

                /**
                 * ServerFrame acked.
                 * @member {connector_e2e.connector.v1.AckResponse.$Properties|null|undefined} acked
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @instance
                 */
                ServerFrame.prototype.acked = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ServerFrame body.
                 * @member {"deliveries"|"error"|"acked"|undefined} body
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @instance
                 */
                $Object.defineProperty(ServerFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["deliveries", "error", "acked"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ServerFrame instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @static
                 * @param {connector_e2e.connector.v1.ServerFrame.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.ServerFrame} ServerFrame instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.ServerFrame.$Shape): connector_e2e.connector.v1.ServerFrame & connector_e2e.connector.v1.ServerFrame.$Shape;
                 *   (properties?: connector_e2e.connector.v1.ServerFrame.$Properties): connector_e2e.connector.v1.ServerFrame;
                 * }}
                 */
                ServerFrame.create = function(properties) {
                    return new ServerFrame(properties);
                };

                /**
                 * Encodes the specified ServerFrame message. Does not implicitly {@link connector_e2e.connector.v1.ServerFrame.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @static
                 * @param {connector_e2e.connector.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServerFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.deliveries != null && $Object.hasOwnProperty.call(message, "deliveries"))
                        $root.connector_e2e.connector.v1.FetchResponse.encode(message.deliveries, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        $root.connector_e2e.connector.v1.ErrorBody.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.acked != null && $Object.hasOwnProperty.call(message, "acked"))
                        $root.connector_e2e.connector.v1.AckResponse.encode(message.acked, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ServerFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.ServerFrame & connector_e2e.connector.v1.ServerFrame.$Shape} ServerFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServerFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.ServerFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.deliveries = $root.connector_e2e.connector.v1.FetchResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.deliveries);
                                message.body = "deliveries";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.error = $root.connector_e2e.connector.v1.ErrorBody.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                                message.body = "error";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.acked = $root.connector_e2e.connector.v1.AckResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.acked);
                                message.body = "acked";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.ServerFrame} ServerFrame
                 */
                ServerFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.ServerFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.ServerFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.ServerFrame();
                    if (object.deliveries != null) {
                        if (!$util.isObject(object.deliveries))
                            throw $TypeError(".connector_e2e.connector.v1.ServerFrame.deliveries: object expected");
                        message.deliveries = $root.connector_e2e.connector.v1.FetchResponse.fromObject(object.deliveries, _depth + 1);
                    }
                    if (object.error != null) {
                        if (!$util.isObject(object.error))
                            throw $TypeError(".connector_e2e.connector.v1.ServerFrame.error: object expected");
                        message.error = $root.connector_e2e.connector.v1.ErrorBody.fromObject(object.error, _depth + 1);
                    }
                    if (object.acked != null) {
                        if (!$util.isObject(object.acked))
                            throw $TypeError(".connector_e2e.connector.v1.ServerFrame.acked: object expected");
                        message.acked = $root.connector_e2e.connector.v1.AckResponse.fromObject(object.acked, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @static
                 * @param {connector_e2e.connector.v1.ServerFrame} message ServerFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ServerFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.deliveries != null && $Object.hasOwnProperty.call(message, "deliveries")) {
                        object.deliveries = $root.connector_e2e.connector.v1.FetchResponse.toObject(message.deliveries, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "deliveries";
                    }
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                        object.error = $root.connector_e2e.connector.v1.ErrorBody.toObject(message.error, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "error";
                    }
                    if (message.acked != null && $Object.hasOwnProperty.call(message, "acked")) {
                        object.acked = $root.connector_e2e.connector.v1.AckResponse.toObject(message.acked, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "acked";
                    }
                    return object;
                };

                /**
                 * Converts this ServerFrame to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ServerFrame.prototype.toJSON = function() {
                    return ServerFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ServerFrame
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.ServerFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ServerFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.ServerFrame";
                };

                return ServerFrame;
            })();

            v1.ClientFrame = (function() {

                /**
                 * Properties of a ClientFrame.
                 * @typedef {Object} connector_e2e.connector.v1.ClientFrame.$Properties
                 * @property {connector_e2e.connector.v1.AckRequest.$Properties|null} [ack] ClientFrame ack
                 * @property {"ack"} [body] ClientFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ClientFrame.
                 * @memberof connector_e2e.connector.v1
                 * @interface IClientFrame
                 * @augments connector_e2e.connector.v1.ClientFrame.$Properties
                 * @deprecated Use connector_e2e.connector.v1.ClientFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ClientFrame.
                 * @typedef {{
                 *   ack?: connector_e2e.connector.v1.AckRequest.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; ack?: null }|{ body?: "ack"; ack: connector_e2e.connector.v1.AckRequest.$Shape })
                 * )} connector_e2e.connector.v1.ClientFrame.$Shape
                 */

                /**
                 * Constructs a new ClientFrame.
                 * @memberof connector_e2e.connector.v1
                 * @classdesc Represents a ClientFrame.
                 * @constructor
                 * @param {connector_e2e.connector.v1.ClientFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ClientFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ClientFrame ack.
                 * @member {connector_e2e.connector.v1.AckRequest.$Properties|null|undefined} ack
                 * @memberof connector_e2e.connector.v1.ClientFrame
                 * @instance
                 */
                ClientFrame.prototype.ack = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ClientFrame body.
                 * @member {"ack"|undefined} body
                 * @memberof connector_e2e.connector.v1.ClientFrame
                 * @instance
                 */
                $Object.defineProperty(ClientFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["ack"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ClientFrame instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.connector.v1.ClientFrame
                 * @static
                 * @param {connector_e2e.connector.v1.ClientFrame.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.connector.v1.ClientFrame} ClientFrame instance
                 * @type {{
                 *   (properties: connector_e2e.connector.v1.ClientFrame.$Shape): connector_e2e.connector.v1.ClientFrame & connector_e2e.connector.v1.ClientFrame.$Shape;
                 *   (properties?: connector_e2e.connector.v1.ClientFrame.$Properties): connector_e2e.connector.v1.ClientFrame;
                 * }}
                 */
                ClientFrame.create = function(properties) {
                    return new ClientFrame(properties);
                };

                /**
                 * Encodes the specified ClientFrame message. Does not implicitly {@link connector_e2e.connector.v1.ClientFrame.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.connector.v1.ClientFrame
                 * @static
                 * @param {connector_e2e.connector.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ClientFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                        $root.connector_e2e.connector.v1.AckRequest.encode(message.ack, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ClientFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.connector.v1.ClientFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.connector.v1.ClientFrame & connector_e2e.connector.v1.ClientFrame.$Shape} ClientFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ClientFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.connector.v1.ClientFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.ack = $root.connector_e2e.connector.v1.AckRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                                message.body = "ack";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.connector.v1.ClientFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.connector.v1.ClientFrame} ClientFrame
                 */
                ClientFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.connector.v1.ClientFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.connector.v1.ClientFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.connector.v1.ClientFrame();
                    if (object.ack != null) {
                        if (!$util.isObject(object.ack))
                            throw $TypeError(".connector_e2e.connector.v1.ClientFrame.ack: object expected");
                        message.ack = $root.connector_e2e.connector.v1.AckRequest.fromObject(object.ack, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.connector.v1.ClientFrame
                 * @static
                 * @param {connector_e2e.connector.v1.ClientFrame} message ClientFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ClientFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                        object.ack = $root.connector_e2e.connector.v1.AckRequest.toObject(message.ack, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "ack";
                    }
                    return object;
                };

                /**
                 * Converts this ClientFrame to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.connector.v1.ClientFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ClientFrame.prototype.toJSON = function() {
                    return ClientFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ClientFrame
                 * @function getTypeUrl
                 * @memberof connector_e2e.connector.v1.ClientFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ClientFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.connector.v1.ClientFrame";
                };

                return ClientFrame;
            })();

            return v1;
        })();

        return connector;
    })();

    connector_e2e.storage = (function() {

        /**
         * Namespace storage.
         * @memberof connector_e2e
         * @namespace
         */
        const storage = {};

        storage.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof connector_e2e.storage
             * @namespace
             */
            const v1 = {};

            v1.ReceiveKeyRecord = (function() {

                /**
                 * Properties of a ReceiveKeyRecord.
                 * @typedef {Object} connector_e2e.storage.v1.ReceiveKeyRecord.$Properties
                 * @property {Uint8Array|null} [keyId] ReceiveKeyRecord keyId
                 * @property {Uint8Array|null} [key] ReceiveKeyRecord key
                 * @property {number|null} [next] ReceiveKeyRecord next
                 * @property {Uint8Array|null} [seen] ReceiveKeyRecord seen
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReceiveKeyRecord.
                 * @memberof connector_e2e.storage.v1
                 * @interface IReceiveKeyRecord
                 * @augments connector_e2e.storage.v1.ReceiveKeyRecord.$Properties
                 * @deprecated Use connector_e2e.storage.v1.ReceiveKeyRecord.$Properties instead.
                 */

                /**
                 * Shape of a ReceiveKeyRecord.
                 * @typedef {connector_e2e.storage.v1.ReceiveKeyRecord.$Properties} connector_e2e.storage.v1.ReceiveKeyRecord.$Shape
                 */

                /**
                 * Constructs a new ReceiveKeyRecord.
                 * @memberof connector_e2e.storage.v1
                 * @classdesc Represents a ReceiveKeyRecord.
                 * @constructor
                 * @param {connector_e2e.storage.v1.ReceiveKeyRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReceiveKeyRecord = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReceiveKeyRecord keyId.
                 * @member {Uint8Array} keyId
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @instance
                 */
                ReceiveKeyRecord.prototype.keyId = $util.newBuffer([]);

                /**
                 * ReceiveKeyRecord key.
                 * @member {Uint8Array} key
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @instance
                 */
                ReceiveKeyRecord.prototype.key = $util.newBuffer([]);

                /**
                 * ReceiveKeyRecord next.
                 * @member {number} next
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @instance
                 */
                ReceiveKeyRecord.prototype.next = 0;

                /**
                 * ReceiveKeyRecord seen.
                 * @member {Uint8Array} seen
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @instance
                 */
                ReceiveKeyRecord.prototype.seen = $util.newBuffer([]);

                /**
                 * Creates a new ReceiveKeyRecord instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @static
                 * @param {connector_e2e.storage.v1.ReceiveKeyRecord.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.storage.v1.ReceiveKeyRecord} ReceiveKeyRecord instance
                 * @type {{
                 *   (properties: connector_e2e.storage.v1.ReceiveKeyRecord.$Shape): connector_e2e.storage.v1.ReceiveKeyRecord & connector_e2e.storage.v1.ReceiveKeyRecord.$Shape;
                 *   (properties?: connector_e2e.storage.v1.ReceiveKeyRecord.$Properties): connector_e2e.storage.v1.ReceiveKeyRecord;
                 * }}
                 */
                ReceiveKeyRecord.create = function(properties) {
                    return new ReceiveKeyRecord(properties);
                };

                /**
                 * Encodes the specified ReceiveKeyRecord message. Does not implicitly {@link connector_e2e.storage.v1.ReceiveKeyRecord.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @static
                 * @param {connector_e2e.storage.v1.ReceiveKeyRecord.$Properties} message ReceiveKeyRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReceiveKeyRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.keyId);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.key);
                    if (message.next != null && $Object.hasOwnProperty.call(message, "next") && message.next !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.next);
                    if (message.seen != null && $Object.hasOwnProperty.call(message, "seen") && message.seen.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.seen);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReceiveKeyRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.storage.v1.ReceiveKeyRecord & connector_e2e.storage.v1.ReceiveKeyRecord.$Shape} ReceiveKeyRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReceiveKeyRecord.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.storage.v1.ReceiveKeyRecord();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.keyId = value;
                                else
                                    delete message.keyId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.next = value;
                                else
                                    delete message.next;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.seen = value;
                                else
                                    delete message.seen;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ReceiveKeyRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.storage.v1.ReceiveKeyRecord} ReceiveKeyRecord
                 */
                ReceiveKeyRecord.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.storage.v1.ReceiveKeyRecord)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.storage.v1.ReceiveKeyRecord: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.storage.v1.ReceiveKeyRecord();
                    if (object.keyId != null)
                        if (object.keyId.length)
                            if (typeof object.keyId === "string")
                                $util.base64.decode(object.keyId, message.keyId = $util.newBuffer($util.base64.length(object.keyId)), 0);
                            else if (object.keyId.length >= 0)
                                message.keyId = object.keyId;
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.next != null)
                        if ($Number(object.next) !== 0)
                            message.next = object.next >>> 0;
                    if (object.seen != null)
                        if (object.seen.length)
                            if (typeof object.seen === "string")
                                $util.base64.decode(object.seen, message.seen = $util.newBuffer($util.base64.length(object.seen)), 0);
                            else if (object.seen.length >= 0)
                                message.seen = object.seen;
                    return message;
                };

                /**
                 * Creates a plain object from a ReceiveKeyRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @static
                 * @param {connector_e2e.storage.v1.ReceiveKeyRecord} message ReceiveKeyRecord
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReceiveKeyRecord.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.keyId = "";
                        else {
                            object.keyId = [];
                            if (options.bytes !== $Array)
                                object.keyId = $util.newBuffer(object.keyId);
                        }
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        object.next = 0;
                        if (options.bytes === $String)
                            object.seen = "";
                        else {
                            object.seen = [];
                            if (options.bytes !== $Array)
                                object.seen = $util.newBuffer(object.seen);
                        }
                    }
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                        object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.next != null && $Object.hasOwnProperty.call(message, "next"))
                        object.next = message.next;
                    if (message.seen != null && $Object.hasOwnProperty.call(message, "seen"))
                        object.seen = options.bytes === $String ? $util.base64.encode(message.seen, 0, message.seen.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.seen) : message.seen;
                    return object;
                };

                /**
                 * Converts this ReceiveKeyRecord to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReceiveKeyRecord.prototype.toJSON = function() {
                    return ReceiveKeyRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReceiveKeyRecord
                 * @function getTypeUrl
                 * @memberof connector_e2e.storage.v1.ReceiveKeyRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReceiveKeyRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.storage.v1.ReceiveKeyRecord";
                };

                return ReceiveKeyRecord;
            })();

            v1.ReceiveEpochRecord = (function() {

                /**
                 * Properties of a ReceiveEpochRecord.
                 * @typedef {Object} connector_e2e.storage.v1.ReceiveEpochRecord.$Properties
                 * @property {number|null} [epoch] ReceiveEpochRecord epoch
                 * @property {Uint8Array|null} [chainKey] ReceiveEpochRecord chainKey
                 * @property {Array.<connector_e2e.storage.v1.ReceiveKeyRecord.$Properties>|null} [keys] ReceiveEpochRecord keys
                 * @property {Uint8Array|null} [controlKey] ReceiveEpochRecord controlKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReceiveEpochRecord.
                 * @memberof connector_e2e.storage.v1
                 * @interface IReceiveEpochRecord
                 * @augments connector_e2e.storage.v1.ReceiveEpochRecord.$Properties
                 * @deprecated Use connector_e2e.storage.v1.ReceiveEpochRecord.$Properties instead.
                 */

                /**
                 * Shape of a ReceiveEpochRecord.
                 * @typedef {connector_e2e.storage.v1.ReceiveEpochRecord.$Properties} connector_e2e.storage.v1.ReceiveEpochRecord.$Shape
                 */

                /**
                 * Constructs a new ReceiveEpochRecord.
                 * @memberof connector_e2e.storage.v1
                 * @classdesc Represents a ReceiveEpochRecord.
                 * @constructor
                 * @param {connector_e2e.storage.v1.ReceiveEpochRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReceiveEpochRecord = function (properties) {
                    this.keys = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReceiveEpochRecord epoch.
                 * @member {number} epoch
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @instance
                 */
                ReceiveEpochRecord.prototype.epoch = 0;

                /**
                 * ReceiveEpochRecord chainKey.
                 * @member {Uint8Array} chainKey
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @instance
                 */
                ReceiveEpochRecord.prototype.chainKey = $util.newBuffer([]);

                /**
                 * ReceiveEpochRecord keys.
                 * @member {Array.<connector_e2e.storage.v1.ReceiveKeyRecord.$Properties>} keys
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @instance
                 */
                ReceiveEpochRecord.prototype.keys = $util.emptyArray;

                /**
                 * ReceiveEpochRecord controlKey.
                 * @member {Uint8Array} controlKey
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @instance
                 */
                ReceiveEpochRecord.prototype.controlKey = $util.newBuffer([]);

                /**
                 * Creates a new ReceiveEpochRecord instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @static
                 * @param {connector_e2e.storage.v1.ReceiveEpochRecord.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.storage.v1.ReceiveEpochRecord} ReceiveEpochRecord instance
                 * @type {{
                 *   (properties: connector_e2e.storage.v1.ReceiveEpochRecord.$Shape): connector_e2e.storage.v1.ReceiveEpochRecord & connector_e2e.storage.v1.ReceiveEpochRecord.$Shape;
                 *   (properties?: connector_e2e.storage.v1.ReceiveEpochRecord.$Properties): connector_e2e.storage.v1.ReceiveEpochRecord;
                 * }}
                 */
                ReceiveEpochRecord.create = function(properties) {
                    return new ReceiveEpochRecord(properties);
                };

                /**
                 * Encodes the specified ReceiveEpochRecord message. Does not implicitly {@link connector_e2e.storage.v1.ReceiveEpochRecord.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @static
                 * @param {connector_e2e.storage.v1.ReceiveEpochRecord.$Properties} message ReceiveEpochRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReceiveEpochRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                    if (message.chainKey != null && $Object.hasOwnProperty.call(message, "chainKey") && message.chainKey.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.chainKey);
                    if (message.keys != null && message.keys.length)
                        for (let i = 0; i < message.keys.length; ++i)
                            $root.connector_e2e.storage.v1.ReceiveKeyRecord.encode(message.keys[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.controlKey != null && $Object.hasOwnProperty.call(message, "controlKey") && message.controlKey.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.controlKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReceiveEpochRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.storage.v1.ReceiveEpochRecord & connector_e2e.storage.v1.ReceiveEpochRecord.$Shape} ReceiveEpochRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReceiveEpochRecord.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.storage.v1.ReceiveEpochRecord();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.chainKey = value;
                                else
                                    delete message.chainKey;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.keys && message.keys.length))
                                    message.keys = [];
                                message.keys.push($root.connector_e2e.storage.v1.ReceiveKeyRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.controlKey = value;
                                else
                                    delete message.controlKey;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ReceiveEpochRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.storage.v1.ReceiveEpochRecord} ReceiveEpochRecord
                 */
                ReceiveEpochRecord.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.storage.v1.ReceiveEpochRecord)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.storage.v1.ReceiveEpochRecord: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.storage.v1.ReceiveEpochRecord();
                    if (object.epoch != null)
                        if ($Number(object.epoch) !== 0)
                            message.epoch = object.epoch >>> 0;
                    if (object.chainKey != null)
                        if (object.chainKey.length)
                            if (typeof object.chainKey === "string")
                                $util.base64.decode(object.chainKey, message.chainKey = $util.newBuffer($util.base64.length(object.chainKey)), 0);
                            else if (object.chainKey.length >= 0)
                                message.chainKey = object.chainKey;
                    if (object.keys) {
                        if (!$Array.isArray(object.keys))
                            throw $TypeError(".connector_e2e.storage.v1.ReceiveEpochRecord.keys: array expected");
                        message.keys = $Array(object.keys.length);
                        for (let i = 0; i < object.keys.length; ++i) {
                            if (!$util.isObject(object.keys[i]))
                                throw $TypeError(".connector_e2e.storage.v1.ReceiveEpochRecord.keys: object expected");
                            message.keys[i] = $root.connector_e2e.storage.v1.ReceiveKeyRecord.fromObject(object.keys[i], _depth + 1);
                        }
                    }
                    if (object.controlKey != null)
                        if (object.controlKey.length)
                            if (typeof object.controlKey === "string")
                                $util.base64.decode(object.controlKey, message.controlKey = $util.newBuffer($util.base64.length(object.controlKey)), 0);
                            else if (object.controlKey.length >= 0)
                                message.controlKey = object.controlKey;
                    return message;
                };

                /**
                 * Creates a plain object from a ReceiveEpochRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @static
                 * @param {connector_e2e.storage.v1.ReceiveEpochRecord} message ReceiveEpochRecord
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReceiveEpochRecord.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.keys = [];
                    if (options.defaults) {
                        object.epoch = 0;
                        if (options.bytes === $String)
                            object.chainKey = "";
                        else {
                            object.chainKey = [];
                            if (options.bytes !== $Array)
                                object.chainKey = $util.newBuffer(object.chainKey);
                        }
                        if (options.bytes === $String)
                            object.controlKey = "";
                        else {
                            object.controlKey = [];
                            if (options.bytes !== $Array)
                                object.controlKey = $util.newBuffer(object.controlKey);
                        }
                    }
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                        object.epoch = message.epoch;
                    if (message.chainKey != null && $Object.hasOwnProperty.call(message, "chainKey"))
                        object.chainKey = options.bytes === $String ? $util.base64.encode(message.chainKey, 0, message.chainKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chainKey) : message.chainKey;
                    if (message.keys && message.keys.length) {
                        object.keys = $Array(message.keys.length);
                        for (let j = 0; j < message.keys.length; ++j)
                            object.keys[j] = $root.connector_e2e.storage.v1.ReceiveKeyRecord.toObject(message.keys[j], options, _depth + 1);
                    }
                    if (message.controlKey != null && $Object.hasOwnProperty.call(message, "controlKey"))
                        object.controlKey = options.bytes === $String ? $util.base64.encode(message.controlKey, 0, message.controlKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.controlKey) : message.controlKey;
                    return object;
                };

                /**
                 * Converts this ReceiveEpochRecord to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReceiveEpochRecord.prototype.toJSON = function() {
                    return ReceiveEpochRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReceiveEpochRecord
                 * @function getTypeUrl
                 * @memberof connector_e2e.storage.v1.ReceiveEpochRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReceiveEpochRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.storage.v1.ReceiveEpochRecord";
                };

                return ReceiveEpochRecord;
            })();

            v1.PendingRekeyRecord = (function() {

                /**
                 * Properties of a PendingRekeyRecord.
                 * @typedef {Object} connector_e2e.storage.v1.PendingRekeyRecord.$Properties
                 * @property {number|null} [epoch] PendingRekeyRecord epoch
                 * @property {number|null} [startedAt] PendingRekeyRecord startedAt
                 * @property {Uint8Array|null} [prekeyPrivate] PendingRekeyRecord prekeyPrivate
                 * @property {Uint8Array|null} [prekeyPublic] PendingRekeyRecord prekeyPublic
                 * @property {Uint8Array|null} [sendKey] PendingRekeyRecord sendKey
                 * @property {Uint8Array|null} [receiveKey] PendingRekeyRecord receiveKey
                 * @property {Uint8Array|null} [confirmOwn] PendingRekeyRecord confirmOwn
                 * @property {Uint8Array|null} [confirmPeer] PendingRekeyRecord confirmPeer
                 * @property {Uint8Array|null} [transcriptHash] PendingRekeyRecord transcriptHash
                 * @property {Array.<connector_e2e.storage.v1.ReceiveKeyRecord.$Properties>|null} [receiveKeys] PendingRekeyRecord receiveKeys
                 * @property {number|null} [baseEpoch] PendingRekeyRecord baseEpoch
                 * @property {Uint8Array|null} [rootKey] PendingRekeyRecord rootKey
                 * @property {Uint8Array|null} [controlKey] PendingRekeyRecord controlKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PendingRekeyRecord.
                 * @memberof connector_e2e.storage.v1
                 * @interface IPendingRekeyRecord
                 * @augments connector_e2e.storage.v1.PendingRekeyRecord.$Properties
                 * @deprecated Use connector_e2e.storage.v1.PendingRekeyRecord.$Properties instead.
                 */

                /**
                 * Shape of a PendingRekeyRecord.
                 * @typedef {connector_e2e.storage.v1.PendingRekeyRecord.$Properties} connector_e2e.storage.v1.PendingRekeyRecord.$Shape
                 */

                /**
                 * Constructs a new PendingRekeyRecord.
                 * @memberof connector_e2e.storage.v1
                 * @classdesc Represents a PendingRekeyRecord.
                 * @constructor
                 * @param {connector_e2e.storage.v1.PendingRekeyRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PendingRekeyRecord = function (properties) {
                    this.receiveKeys = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PendingRekeyRecord epoch.
                 * @member {number} epoch
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.epoch = 0;

                /**
                 * PendingRekeyRecord startedAt.
                 * @member {number} startedAt
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.startedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PendingRekeyRecord prekeyPrivate.
                 * @member {Uint8Array} prekeyPrivate
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.prekeyPrivate = $util.newBuffer([]);

                /**
                 * PendingRekeyRecord prekeyPublic.
                 * @member {Uint8Array} prekeyPublic
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.prekeyPublic = $util.newBuffer([]);

                /**
                 * PendingRekeyRecord sendKey.
                 * @member {Uint8Array} sendKey
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.sendKey = $util.newBuffer([]);

                /**
                 * PendingRekeyRecord receiveKey.
                 * @member {Uint8Array} receiveKey
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.receiveKey = $util.newBuffer([]);

                /**
                 * PendingRekeyRecord confirmOwn.
                 * @member {Uint8Array} confirmOwn
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.confirmOwn = $util.newBuffer([]);

                /**
                 * PendingRekeyRecord confirmPeer.
                 * @member {Uint8Array} confirmPeer
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.confirmPeer = $util.newBuffer([]);

                /**
                 * PendingRekeyRecord transcriptHash.
                 * @member {Uint8Array} transcriptHash
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.transcriptHash = $util.newBuffer([]);

                /**
                 * PendingRekeyRecord receiveKeys.
                 * @member {Array.<connector_e2e.storage.v1.ReceiveKeyRecord.$Properties>} receiveKeys
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.receiveKeys = $util.emptyArray;

                /**
                 * PendingRekeyRecord baseEpoch.
                 * @member {number} baseEpoch
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.baseEpoch = 0;

                /**
                 * PendingRekeyRecord rootKey.
                 * @member {Uint8Array} rootKey
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.rootKey = $util.newBuffer([]);

                /**
                 * PendingRekeyRecord controlKey.
                 * @member {Uint8Array} controlKey
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 */
                PendingRekeyRecord.prototype.controlKey = $util.newBuffer([]);

                /**
                 * Creates a new PendingRekeyRecord instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @static
                 * @param {connector_e2e.storage.v1.PendingRekeyRecord.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.storage.v1.PendingRekeyRecord} PendingRekeyRecord instance
                 * @type {{
                 *   (properties: connector_e2e.storage.v1.PendingRekeyRecord.$Shape): connector_e2e.storage.v1.PendingRekeyRecord & connector_e2e.storage.v1.PendingRekeyRecord.$Shape;
                 *   (properties?: connector_e2e.storage.v1.PendingRekeyRecord.$Properties): connector_e2e.storage.v1.PendingRekeyRecord;
                 * }}
                 */
                PendingRekeyRecord.create = function(properties) {
                    return new PendingRekeyRecord(properties);
                };

                /**
                 * Encodes the specified PendingRekeyRecord message. Does not implicitly {@link connector_e2e.storage.v1.PendingRekeyRecord.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @static
                 * @param {connector_e2e.storage.v1.PendingRekeyRecord.$Properties} message PendingRekeyRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PendingRekeyRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                    if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt") && (typeof message.startedAt === "object" ? message.startedAt.low || message.startedAt.high : message.startedAt !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.startedAt);
                    if (message.prekeyPrivate != null && $Object.hasOwnProperty.call(message, "prekeyPrivate") && message.prekeyPrivate.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.prekeyPrivate);
                    if (message.prekeyPublic != null && $Object.hasOwnProperty.call(message, "prekeyPublic") && message.prekeyPublic.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.prekeyPublic);
                    if (message.sendKey != null && $Object.hasOwnProperty.call(message, "sendKey") && message.sendKey.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.sendKey);
                    if (message.receiveKey != null && $Object.hasOwnProperty.call(message, "receiveKey") && message.receiveKey.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.receiveKey);
                    if (message.confirmOwn != null && $Object.hasOwnProperty.call(message, "confirmOwn") && message.confirmOwn.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.confirmOwn);
                    if (message.confirmPeer != null && $Object.hasOwnProperty.call(message, "confirmPeer") && message.confirmPeer.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.confirmPeer);
                    if (message.transcriptHash != null && $Object.hasOwnProperty.call(message, "transcriptHash") && message.transcriptHash.length)
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.transcriptHash);
                    if (message.receiveKeys != null && message.receiveKeys.length)
                        for (let i = 0; i < message.receiveKeys.length; ++i)
                            $root.connector_e2e.storage.v1.ReceiveKeyRecord.encode(message.receiveKeys[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.baseEpoch != null && $Object.hasOwnProperty.call(message, "baseEpoch") && message.baseEpoch !== 0)
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.baseEpoch);
                    if (message.rootKey != null && $Object.hasOwnProperty.call(message, "rootKey") && message.rootKey.length)
                        writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.rootKey);
                    if (message.controlKey != null && $Object.hasOwnProperty.call(message, "controlKey") && message.controlKey.length)
                        writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.controlKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PendingRekeyRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.storage.v1.PendingRekeyRecord & connector_e2e.storage.v1.PendingRekeyRecord.$Shape} PendingRekeyRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PendingRekeyRecord.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.storage.v1.PendingRekeyRecord();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.startedAt = value;
                                else
                                    delete message.startedAt;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.prekeyPrivate = value;
                                else
                                    delete message.prekeyPrivate;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.prekeyPublic = value;
                                else
                                    delete message.prekeyPublic;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.sendKey = value;
                                else
                                    delete message.sendKey;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.receiveKey = value;
                                else
                                    delete message.receiveKey;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.confirmOwn = value;
                                else
                                    delete message.confirmOwn;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.confirmPeer = value;
                                else
                                    delete message.confirmPeer;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.transcriptHash = value;
                                else
                                    delete message.transcriptHash;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.receiveKeys && message.receiveKeys.length))
                                    message.receiveKeys = [];
                                message.receiveKeys.push($root.connector_e2e.storage.v1.ReceiveKeyRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.baseEpoch = value;
                                else
                                    delete message.baseEpoch;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.rootKey = value;
                                else
                                    delete message.rootKey;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.controlKey = value;
                                else
                                    delete message.controlKey;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a PendingRekeyRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.storage.v1.PendingRekeyRecord} PendingRekeyRecord
                 */
                PendingRekeyRecord.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.storage.v1.PendingRekeyRecord)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.storage.v1.PendingRekeyRecord: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.storage.v1.PendingRekeyRecord();
                    if (object.epoch != null)
                        if ($Number(object.epoch) !== 0)
                            message.epoch = object.epoch >>> 0;
                    if (object.startedAt != null)
                        if (typeof object.startedAt === "object" ? object.startedAt.low || object.startedAt.high : $Number(object.startedAt) !== 0)
                            if ($util.Long)
                                message.startedAt = $util.Long.fromValue(object.startedAt, true);
                            else if (typeof object.startedAt === "string")
                                message.startedAt = $parseInt(object.startedAt, 10);
                            else if (typeof object.startedAt === "number")
                                message.startedAt = object.startedAt;
                            else if (typeof object.startedAt === "object")
                                message.startedAt = new $util.LongBits(object.startedAt.low >>> 0, object.startedAt.high >>> 0).toNumber(true);
                    if (object.prekeyPrivate != null)
                        if (object.prekeyPrivate.length)
                            if (typeof object.prekeyPrivate === "string")
                                $util.base64.decode(object.prekeyPrivate, message.prekeyPrivate = $util.newBuffer($util.base64.length(object.prekeyPrivate)), 0);
                            else if (object.prekeyPrivate.length >= 0)
                                message.prekeyPrivate = object.prekeyPrivate;
                    if (object.prekeyPublic != null)
                        if (object.prekeyPublic.length)
                            if (typeof object.prekeyPublic === "string")
                                $util.base64.decode(object.prekeyPublic, message.prekeyPublic = $util.newBuffer($util.base64.length(object.prekeyPublic)), 0);
                            else if (object.prekeyPublic.length >= 0)
                                message.prekeyPublic = object.prekeyPublic;
                    if (object.sendKey != null)
                        if (object.sendKey.length)
                            if (typeof object.sendKey === "string")
                                $util.base64.decode(object.sendKey, message.sendKey = $util.newBuffer($util.base64.length(object.sendKey)), 0);
                            else if (object.sendKey.length >= 0)
                                message.sendKey = object.sendKey;
                    if (object.receiveKey != null)
                        if (object.receiveKey.length)
                            if (typeof object.receiveKey === "string")
                                $util.base64.decode(object.receiveKey, message.receiveKey = $util.newBuffer($util.base64.length(object.receiveKey)), 0);
                            else if (object.receiveKey.length >= 0)
                                message.receiveKey = object.receiveKey;
                    if (object.confirmOwn != null)
                        if (object.confirmOwn.length)
                            if (typeof object.confirmOwn === "string")
                                $util.base64.decode(object.confirmOwn, message.confirmOwn = $util.newBuffer($util.base64.length(object.confirmOwn)), 0);
                            else if (object.confirmOwn.length >= 0)
                                message.confirmOwn = object.confirmOwn;
                    if (object.confirmPeer != null)
                        if (object.confirmPeer.length)
                            if (typeof object.confirmPeer === "string")
                                $util.base64.decode(object.confirmPeer, message.confirmPeer = $util.newBuffer($util.base64.length(object.confirmPeer)), 0);
                            else if (object.confirmPeer.length >= 0)
                                message.confirmPeer = object.confirmPeer;
                    if (object.transcriptHash != null)
                        if (object.transcriptHash.length)
                            if (typeof object.transcriptHash === "string")
                                $util.base64.decode(object.transcriptHash, message.transcriptHash = $util.newBuffer($util.base64.length(object.transcriptHash)), 0);
                            else if (object.transcriptHash.length >= 0)
                                message.transcriptHash = object.transcriptHash;
                    if (object.receiveKeys) {
                        if (!$Array.isArray(object.receiveKeys))
                            throw $TypeError(".connector_e2e.storage.v1.PendingRekeyRecord.receiveKeys: array expected");
                        message.receiveKeys = $Array(object.receiveKeys.length);
                        for (let i = 0; i < object.receiveKeys.length; ++i) {
                            if (!$util.isObject(object.receiveKeys[i]))
                                throw $TypeError(".connector_e2e.storage.v1.PendingRekeyRecord.receiveKeys: object expected");
                            message.receiveKeys[i] = $root.connector_e2e.storage.v1.ReceiveKeyRecord.fromObject(object.receiveKeys[i], _depth + 1);
                        }
                    }
                    if (object.baseEpoch != null)
                        if ($Number(object.baseEpoch) !== 0)
                            message.baseEpoch = object.baseEpoch >>> 0;
                    if (object.rootKey != null)
                        if (object.rootKey.length)
                            if (typeof object.rootKey === "string")
                                $util.base64.decode(object.rootKey, message.rootKey = $util.newBuffer($util.base64.length(object.rootKey)), 0);
                            else if (object.rootKey.length >= 0)
                                message.rootKey = object.rootKey;
                    if (object.controlKey != null)
                        if (object.controlKey.length)
                            if (typeof object.controlKey === "string")
                                $util.base64.decode(object.controlKey, message.controlKey = $util.newBuffer($util.base64.length(object.controlKey)), 0);
                            else if (object.controlKey.length >= 0)
                                message.controlKey = object.controlKey;
                    return message;
                };

                /**
                 * Creates a plain object from a PendingRekeyRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @static
                 * @param {connector_e2e.storage.v1.PendingRekeyRecord} message PendingRekeyRecord
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PendingRekeyRecord.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.receiveKeys = [];
                    if (options.defaults) {
                        object.epoch = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.startedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.startedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.prekeyPrivate = "";
                        else {
                            object.prekeyPrivate = [];
                            if (options.bytes !== $Array)
                                object.prekeyPrivate = $util.newBuffer(object.prekeyPrivate);
                        }
                        if (options.bytes === $String)
                            object.prekeyPublic = "";
                        else {
                            object.prekeyPublic = [];
                            if (options.bytes !== $Array)
                                object.prekeyPublic = $util.newBuffer(object.prekeyPublic);
                        }
                        if (options.bytes === $String)
                            object.sendKey = "";
                        else {
                            object.sendKey = [];
                            if (options.bytes !== $Array)
                                object.sendKey = $util.newBuffer(object.sendKey);
                        }
                        if (options.bytes === $String)
                            object.receiveKey = "";
                        else {
                            object.receiveKey = [];
                            if (options.bytes !== $Array)
                                object.receiveKey = $util.newBuffer(object.receiveKey);
                        }
                        if (options.bytes === $String)
                            object.confirmOwn = "";
                        else {
                            object.confirmOwn = [];
                            if (options.bytes !== $Array)
                                object.confirmOwn = $util.newBuffer(object.confirmOwn);
                        }
                        if (options.bytes === $String)
                            object.confirmPeer = "";
                        else {
                            object.confirmPeer = [];
                            if (options.bytes !== $Array)
                                object.confirmPeer = $util.newBuffer(object.confirmPeer);
                        }
                        if (options.bytes === $String)
                            object.transcriptHash = "";
                        else {
                            object.transcriptHash = [];
                            if (options.bytes !== $Array)
                                object.transcriptHash = $util.newBuffer(object.transcriptHash);
                        }
                        object.baseEpoch = 0;
                        if (options.bytes === $String)
                            object.rootKey = "";
                        else {
                            object.rootKey = [];
                            if (options.bytes !== $Array)
                                object.rootKey = $util.newBuffer(object.rootKey);
                        }
                        if (options.bytes === $String)
                            object.controlKey = "";
                        else {
                            object.controlKey = [];
                            if (options.bytes !== $Array)
                                object.controlKey = $util.newBuffer(object.controlKey);
                        }
                    }
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                        object.epoch = message.epoch;
                    if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.startedAt = typeof message.startedAt === "number" ? $BigInt(message.startedAt) : $util.Long.fromBits(message.startedAt.low >>> 0, message.startedAt.high >>> 0, true).toBigInt();
                        else if (typeof message.startedAt === "number")
                            object.startedAt = options.longs === $String ? $String(message.startedAt) : message.startedAt;
                        else
                            object.startedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAt) : options.longs === $Number ? new $util.LongBits(message.startedAt.low >>> 0, message.startedAt.high >>> 0).toNumber(true) : message.startedAt;
                    if (message.prekeyPrivate != null && $Object.hasOwnProperty.call(message, "prekeyPrivate"))
                        object.prekeyPrivate = options.bytes === $String ? $util.base64.encode(message.prekeyPrivate, 0, message.prekeyPrivate.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prekeyPrivate) : message.prekeyPrivate;
                    if (message.prekeyPublic != null && $Object.hasOwnProperty.call(message, "prekeyPublic"))
                        object.prekeyPublic = options.bytes === $String ? $util.base64.encode(message.prekeyPublic, 0, message.prekeyPublic.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prekeyPublic) : message.prekeyPublic;
                    if (message.sendKey != null && $Object.hasOwnProperty.call(message, "sendKey"))
                        object.sendKey = options.bytes === $String ? $util.base64.encode(message.sendKey, 0, message.sendKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sendKey) : message.sendKey;
                    if (message.receiveKey != null && $Object.hasOwnProperty.call(message, "receiveKey"))
                        object.receiveKey = options.bytes === $String ? $util.base64.encode(message.receiveKey, 0, message.receiveKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.receiveKey) : message.receiveKey;
                    if (message.confirmOwn != null && $Object.hasOwnProperty.call(message, "confirmOwn"))
                        object.confirmOwn = options.bytes === $String ? $util.base64.encode(message.confirmOwn, 0, message.confirmOwn.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.confirmOwn) : message.confirmOwn;
                    if (message.confirmPeer != null && $Object.hasOwnProperty.call(message, "confirmPeer"))
                        object.confirmPeer = options.bytes === $String ? $util.base64.encode(message.confirmPeer, 0, message.confirmPeer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.confirmPeer) : message.confirmPeer;
                    if (message.transcriptHash != null && $Object.hasOwnProperty.call(message, "transcriptHash"))
                        object.transcriptHash = options.bytes === $String ? $util.base64.encode(message.transcriptHash, 0, message.transcriptHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.transcriptHash) : message.transcriptHash;
                    if (message.receiveKeys && message.receiveKeys.length) {
                        object.receiveKeys = $Array(message.receiveKeys.length);
                        for (let j = 0; j < message.receiveKeys.length; ++j)
                            object.receiveKeys[j] = $root.connector_e2e.storage.v1.ReceiveKeyRecord.toObject(message.receiveKeys[j], options, _depth + 1);
                    }
                    if (message.baseEpoch != null && $Object.hasOwnProperty.call(message, "baseEpoch"))
                        object.baseEpoch = message.baseEpoch;
                    if (message.rootKey != null && $Object.hasOwnProperty.call(message, "rootKey"))
                        object.rootKey = options.bytes === $String ? $util.base64.encode(message.rootKey, 0, message.rootKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.rootKey) : message.rootKey;
                    if (message.controlKey != null && $Object.hasOwnProperty.call(message, "controlKey"))
                        object.controlKey = options.bytes === $String ? $util.base64.encode(message.controlKey, 0, message.controlKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.controlKey) : message.controlKey;
                    return object;
                };

                /**
                 * Converts this PendingRekeyRecord to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PendingRekeyRecord.prototype.toJSON = function() {
                    return PendingRekeyRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PendingRekeyRecord
                 * @function getTypeUrl
                 * @memberof connector_e2e.storage.v1.PendingRekeyRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PendingRekeyRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.storage.v1.PendingRekeyRecord";
                };

                return PendingRekeyRecord;
            })();

            v1.SessionRecord = (function() {

                /**
                 * Properties of a SessionRecord.
                 * @typedef {Object} connector_e2e.storage.v1.SessionRecord.$Properties
                 * @property {number|null} [schemaVersion] SessionRecord schemaVersion
                 * @property {string|null} [connectionId] SessionRecord connectionId
                 * @property {number|null} [role] SessionRecord role
                 * @property {Uint8Array|null} [transcriptHash] SessionRecord transcriptHash
                 * @property {Uint8Array|null} [connectionControlKey] SessionRecord connectionControlKey
                 * @property {boolean|null} [confirmed] SessionRecord confirmed
                 * @property {Uint8Array|null} [peerConfirmKey] SessionRecord peerConfirmKey
                 * @property {number|null} [epoch] SessionRecord epoch
                 * @property {connector_e2e.storage.v1.ReceiveEpochRecord.$Properties|null} [receive] SessionRecord receive
                 * @property {connector_e2e.storage.v1.ReceiveEpochRecord.$Properties|null} [previousReceive] SessionRecord previousReceive
                 * @property {number|null} [controlSendSequence] SessionRecord controlSendSequence
                 * @property {number|null} [controlReceiveSequence] SessionRecord controlReceiveSequence
                 * @property {Array.<number>|null} [resyncTimes] SessionRecord resyncTimes
                 * @property {boolean|null} [mustRekey] SessionRecord mustRekey
                 * @property {number|null} [rekeyMinEpoch] SessionRecord rekeyMinEpoch
                 * @property {connector_e2e.storage.v1.PendingRekeyRecord.$Properties|null} [pendingRekey] SessionRecord pendingRekey
                 * @property {Uint8Array|null} [sendChainKey] SessionRecord sendChainKey
                 * @property {Uint8Array|null} [rootKey] SessionRecord rootKey
                 * @property {Uint8Array|null} [connectionRootKey] SessionRecord connectionRootKey
                 * @property {string|null} [peerDid] SessionRecord peerDid
                 * @property {number|null} [suite] SessionRecord suite
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SessionRecord.
                 * @memberof connector_e2e.storage.v1
                 * @interface ISessionRecord
                 * @augments connector_e2e.storage.v1.SessionRecord.$Properties
                 * @deprecated Use connector_e2e.storage.v1.SessionRecord.$Properties instead.
                 */

                /**
                 * Shape of a SessionRecord.
                 * @typedef {connector_e2e.storage.v1.SessionRecord.$Properties} connector_e2e.storage.v1.SessionRecord.$Shape
                 */

                /**
                 * Constructs a new SessionRecord.
                 * @memberof connector_e2e.storage.v1
                 * @classdesc Represents a SessionRecord.
                 * @constructor
                 * @param {connector_e2e.storage.v1.SessionRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SessionRecord = function (properties) {
                    this.resyncTimes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SessionRecord schemaVersion.
                 * @member {number} schemaVersion
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.schemaVersion = 0;

                /**
                 * SessionRecord connectionId.
                 * @member {string} connectionId
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.connectionId = "";

                /**
                 * SessionRecord role.
                 * @member {number} role
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.role = 0;

                /**
                 * SessionRecord transcriptHash.
                 * @member {Uint8Array} transcriptHash
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.transcriptHash = $util.newBuffer([]);

                /**
                 * SessionRecord connectionControlKey.
                 * @member {Uint8Array} connectionControlKey
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.connectionControlKey = $util.newBuffer([]);

                /**
                 * SessionRecord confirmed.
                 * @member {boolean} confirmed
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.confirmed = false;

                /**
                 * SessionRecord peerConfirmKey.
                 * @member {Uint8Array} peerConfirmKey
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.peerConfirmKey = $util.newBuffer([]);

                /**
                 * SessionRecord epoch.
                 * @member {number} epoch
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.epoch = 0;

                /**
                 * SessionRecord receive.
                 * @member {connector_e2e.storage.v1.ReceiveEpochRecord.$Properties|null|undefined} receive
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.receive = null;

                /**
                 * SessionRecord previousReceive.
                 * @member {connector_e2e.storage.v1.ReceiveEpochRecord.$Properties|null|undefined} previousReceive
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.previousReceive = null;

                /**
                 * SessionRecord controlSendSequence.
                 * @member {number} controlSendSequence
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.controlSendSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SessionRecord controlReceiveSequence.
                 * @member {number} controlReceiveSequence
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.controlReceiveSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SessionRecord resyncTimes.
                 * @member {Array.<number>} resyncTimes
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.resyncTimes = $util.emptyArray;

                /**
                 * SessionRecord mustRekey.
                 * @member {boolean} mustRekey
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.mustRekey = false;

                /**
                 * SessionRecord rekeyMinEpoch.
                 * @member {number} rekeyMinEpoch
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.rekeyMinEpoch = 0;

                /**
                 * SessionRecord pendingRekey.
                 * @member {connector_e2e.storage.v1.PendingRekeyRecord.$Properties|null|undefined} pendingRekey
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.pendingRekey = null;

                /**
                 * SessionRecord sendChainKey.
                 * @member {Uint8Array} sendChainKey
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.sendChainKey = $util.newBuffer([]);

                /**
                 * SessionRecord rootKey.
                 * @member {Uint8Array} rootKey
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.rootKey = $util.newBuffer([]);

                /**
                 * SessionRecord connectionRootKey.
                 * @member {Uint8Array} connectionRootKey
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.connectionRootKey = $util.newBuffer([]);

                /**
                 * SessionRecord peerDid.
                 * @member {string} peerDid
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.peerDid = "";

                /**
                 * SessionRecord suite.
                 * @member {number} suite
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.suite = 0;

                /**
                 * Creates a new SessionRecord instance using the specified properties.
                 * @function create
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @static
                 * @param {connector_e2e.storage.v1.SessionRecord.$Properties=} [properties] Properties to set
                 * @returns {connector_e2e.storage.v1.SessionRecord} SessionRecord instance
                 * @type {{
                 *   (properties: connector_e2e.storage.v1.SessionRecord.$Shape): connector_e2e.storage.v1.SessionRecord & connector_e2e.storage.v1.SessionRecord.$Shape;
                 *   (properties?: connector_e2e.storage.v1.SessionRecord.$Properties): connector_e2e.storage.v1.SessionRecord;
                 * }}
                 */
                SessionRecord.create = function(properties) {
                    return new SessionRecord(properties);
                };

                /**
                 * Encodes the specified SessionRecord message. Does not implicitly {@link connector_e2e.storage.v1.SessionRecord.verify|verify} messages.
                 * @function encode
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @static
                 * @param {connector_e2e.storage.v1.SessionRecord.$Properties} message SessionRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion") && message.schemaVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.schemaVersion);
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.connectionId);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.role);
                    if (message.transcriptHash != null && $Object.hasOwnProperty.call(message, "transcriptHash") && message.transcriptHash.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.transcriptHash);
                    if (message.connectionControlKey != null && $Object.hasOwnProperty.call(message, "connectionControlKey") && message.connectionControlKey.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.connectionControlKey);
                    if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed") && message.confirmed !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.confirmed);
                    if (message.peerConfirmKey != null && $Object.hasOwnProperty.call(message, "peerConfirmKey") && message.peerConfirmKey.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.peerConfirmKey);
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.epoch);
                    if (message.receive != null && $Object.hasOwnProperty.call(message, "receive"))
                        $root.connector_e2e.storage.v1.ReceiveEpochRecord.encode(message.receive, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.previousReceive != null && $Object.hasOwnProperty.call(message, "previousReceive"))
                        $root.connector_e2e.storage.v1.ReceiveEpochRecord.encode(message.previousReceive, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.controlSendSequence != null && $Object.hasOwnProperty.call(message, "controlSendSequence") && (typeof message.controlSendSequence === "object" ? message.controlSendSequence.low || message.controlSendSequence.high : message.controlSendSequence !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.controlSendSequence);
                    if (message.controlReceiveSequence != null && $Object.hasOwnProperty.call(message, "controlReceiveSequence") && (typeof message.controlReceiveSequence === "object" ? message.controlReceiveSequence.low || message.controlReceiveSequence.high : message.controlReceiveSequence !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.controlReceiveSequence);
                    if (message.resyncTimes != null && message.resyncTimes.length)
                        writer.uint32(/* id 16, wireType 2 =*/130).uint64s(message.resyncTimes);
                    if (message.mustRekey != null && $Object.hasOwnProperty.call(message, "mustRekey") && message.mustRekey !== false)
                        writer.uint32(/* id 18, wireType 0 =*/144).bool(message.mustRekey);
                    if (message.rekeyMinEpoch != null && $Object.hasOwnProperty.call(message, "rekeyMinEpoch") && message.rekeyMinEpoch !== 0)
                        writer.uint32(/* id 19, wireType 0 =*/152).uint32(message.rekeyMinEpoch);
                    if (message.pendingRekey != null && $Object.hasOwnProperty.call(message, "pendingRekey"))
                        $root.connector_e2e.storage.v1.PendingRekeyRecord.encode(message.pendingRekey, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                    if (message.sendChainKey != null && $Object.hasOwnProperty.call(message, "sendChainKey") && message.sendChainKey.length)
                        writer.uint32(/* id 21, wireType 2 =*/170).bytes(message.sendChainKey);
                    if (message.rootKey != null && $Object.hasOwnProperty.call(message, "rootKey") && message.rootKey.length)
                        writer.uint32(/* id 22, wireType 2 =*/178).bytes(message.rootKey);
                    if (message.connectionRootKey != null && $Object.hasOwnProperty.call(message, "connectionRootKey") && message.connectionRootKey.length)
                        writer.uint32(/* id 23, wireType 2 =*/186).bytes(message.connectionRootKey);
                    if (message.peerDid != null && $Object.hasOwnProperty.call(message, "peerDid") && message.peerDid !== "")
                        writer.uint32(/* id 24, wireType 2 =*/194).string(message.peerDid);
                    if (message.suite != null && $Object.hasOwnProperty.call(message, "suite") && message.suite !== 0)
                        writer.uint32(/* id 25, wireType 0 =*/200).uint32(message.suite);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SessionRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {connector_e2e.storage.v1.SessionRecord & connector_e2e.storage.v1.SessionRecord.$Shape} SessionRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionRecord.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.connector_e2e.storage.v1.SessionRecord();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.schemaVersion = value;
                                else
                                    delete message.schemaVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.connectionId = value;
                                else
                                    delete message.connectionId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.transcriptHash = value;
                                else
                                    delete message.transcriptHash;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.connectionControlKey = value;
                                else
                                    delete message.connectionControlKey;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.confirmed = value;
                                else
                                    delete message.confirmed;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.peerConfirmKey = value;
                                else
                                    delete message.peerConfirmKey;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.receive = $root.connector_e2e.storage.v1.ReceiveEpochRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.receive);
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.previousReceive = $root.connector_e2e.storage.v1.ReceiveEpochRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.previousReceive);
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.controlSendSequence = value;
                                else
                                    delete message.controlSendSequence;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.controlReceiveSequence = value;
                                else
                                    delete message.controlReceiveSequence;
                                continue;
                            }
                        case 16: {
                                if (wireType === 2) {
                                    if (!(message.resyncTimes && message.resyncTimes.length))
                                        message.resyncTimes = [];
                                    reader.uint64s(message.resyncTimes);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.resyncTimes && message.resyncTimes.length))
                                    message.resyncTimes = [];
                                message.resyncTimes.push(reader.uint64());
                                continue;
                            }
                        case 18: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.mustRekey = value;
                                else
                                    delete message.mustRekey;
                                continue;
                            }
                        case 19: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rekeyMinEpoch = value;
                                else
                                    delete message.rekeyMinEpoch;
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.pendingRekey = $root.connector_e2e.storage.v1.PendingRekeyRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.pendingRekey);
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.sendChainKey = value;
                                else
                                    delete message.sendChainKey;
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.rootKey = value;
                                else
                                    delete message.rootKey;
                                continue;
                            }
                        case 23: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.connectionRootKey = value;
                                else
                                    delete message.connectionRootKey;
                                continue;
                            }
                        case 24: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.peerDid = value;
                                else
                                    delete message.peerDid;
                                continue;
                            }
                        case 25: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.suite = value;
                                else
                                    delete message.suite;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SessionRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {connector_e2e.storage.v1.SessionRecord} SessionRecord
                 */
                SessionRecord.fromObject = function (object, _depth) {
                    if (object instanceof $root.connector_e2e.storage.v1.SessionRecord)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".connector_e2e.storage.v1.SessionRecord: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.connector_e2e.storage.v1.SessionRecord();
                    if (object.schemaVersion != null)
                        if ($Number(object.schemaVersion) !== 0)
                            message.schemaVersion = object.schemaVersion >>> 0;
                    if (object.connectionId != null)
                        if (typeof object.connectionId !== "string" || object.connectionId.length)
                            message.connectionId = $String(object.connectionId);
                    if (object.role != null)
                        if ($Number(object.role) !== 0)
                            message.role = object.role >>> 0;
                    if (object.transcriptHash != null)
                        if (object.transcriptHash.length)
                            if (typeof object.transcriptHash === "string")
                                $util.base64.decode(object.transcriptHash, message.transcriptHash = $util.newBuffer($util.base64.length(object.transcriptHash)), 0);
                            else if (object.transcriptHash.length >= 0)
                                message.transcriptHash = object.transcriptHash;
                    if (object.connectionControlKey != null)
                        if (object.connectionControlKey.length)
                            if (typeof object.connectionControlKey === "string")
                                $util.base64.decode(object.connectionControlKey, message.connectionControlKey = $util.newBuffer($util.base64.length(object.connectionControlKey)), 0);
                            else if (object.connectionControlKey.length >= 0)
                                message.connectionControlKey = object.connectionControlKey;
                    if (object.confirmed != null)
                        if (object.confirmed)
                            message.confirmed = $Boolean(object.confirmed);
                    if (object.peerConfirmKey != null)
                        if (object.peerConfirmKey.length)
                            if (typeof object.peerConfirmKey === "string")
                                $util.base64.decode(object.peerConfirmKey, message.peerConfirmKey = $util.newBuffer($util.base64.length(object.peerConfirmKey)), 0);
                            else if (object.peerConfirmKey.length >= 0)
                                message.peerConfirmKey = object.peerConfirmKey;
                    if (object.epoch != null)
                        if ($Number(object.epoch) !== 0)
                            message.epoch = object.epoch >>> 0;
                    if (object.receive != null) {
                        if (!$util.isObject(object.receive))
                            throw $TypeError(".connector_e2e.storage.v1.SessionRecord.receive: object expected");
                        message.receive = $root.connector_e2e.storage.v1.ReceiveEpochRecord.fromObject(object.receive, _depth + 1);
                    }
                    if (object.previousReceive != null) {
                        if (!$util.isObject(object.previousReceive))
                            throw $TypeError(".connector_e2e.storage.v1.SessionRecord.previousReceive: object expected");
                        message.previousReceive = $root.connector_e2e.storage.v1.ReceiveEpochRecord.fromObject(object.previousReceive, _depth + 1);
                    }
                    if (object.controlSendSequence != null)
                        if (typeof object.controlSendSequence === "object" ? object.controlSendSequence.low || object.controlSendSequence.high : $Number(object.controlSendSequence) !== 0)
                            if ($util.Long)
                                message.controlSendSequence = $util.Long.fromValue(object.controlSendSequence, true);
                            else if (typeof object.controlSendSequence === "string")
                                message.controlSendSequence = $parseInt(object.controlSendSequence, 10);
                            else if (typeof object.controlSendSequence === "number")
                                message.controlSendSequence = object.controlSendSequence;
                            else if (typeof object.controlSendSequence === "object")
                                message.controlSendSequence = new $util.LongBits(object.controlSendSequence.low >>> 0, object.controlSendSequence.high >>> 0).toNumber(true);
                    if (object.controlReceiveSequence != null)
                        if (typeof object.controlReceiveSequence === "object" ? object.controlReceiveSequence.low || object.controlReceiveSequence.high : $Number(object.controlReceiveSequence) !== 0)
                            if ($util.Long)
                                message.controlReceiveSequence = $util.Long.fromValue(object.controlReceiveSequence, true);
                            else if (typeof object.controlReceiveSequence === "string")
                                message.controlReceiveSequence = $parseInt(object.controlReceiveSequence, 10);
                            else if (typeof object.controlReceiveSequence === "number")
                                message.controlReceiveSequence = object.controlReceiveSequence;
                            else if (typeof object.controlReceiveSequence === "object")
                                message.controlReceiveSequence = new $util.LongBits(object.controlReceiveSequence.low >>> 0, object.controlReceiveSequence.high >>> 0).toNumber(true);
                    if (object.resyncTimes) {
                        if (!$Array.isArray(object.resyncTimes))
                            throw $TypeError(".connector_e2e.storage.v1.SessionRecord.resyncTimes: array expected");
                        message.resyncTimes = $Array(object.resyncTimes.length);
                        for (let i = 0; i < object.resyncTimes.length; ++i)
                            if ($util.Long)
                                message.resyncTimes[i] = $util.Long.fromValue(object.resyncTimes[i], true);
                            else if (typeof object.resyncTimes[i] === "string")
                                message.resyncTimes[i] = $parseInt(object.resyncTimes[i], 10);
                            else if (typeof object.resyncTimes[i] === "number")
                                message.resyncTimes[i] = object.resyncTimes[i];
                            else if (typeof object.resyncTimes[i] === "object")
                                message.resyncTimes[i] = new $util.LongBits(object.resyncTimes[i].low >>> 0, object.resyncTimes[i].high >>> 0).toNumber(true);
                    }
                    if (object.mustRekey != null)
                        if (object.mustRekey)
                            message.mustRekey = $Boolean(object.mustRekey);
                    if (object.rekeyMinEpoch != null)
                        if ($Number(object.rekeyMinEpoch) !== 0)
                            message.rekeyMinEpoch = object.rekeyMinEpoch >>> 0;
                    if (object.pendingRekey != null) {
                        if (!$util.isObject(object.pendingRekey))
                            throw $TypeError(".connector_e2e.storage.v1.SessionRecord.pendingRekey: object expected");
                        message.pendingRekey = $root.connector_e2e.storage.v1.PendingRekeyRecord.fromObject(object.pendingRekey, _depth + 1);
                    }
                    if (object.sendChainKey != null)
                        if (object.sendChainKey.length)
                            if (typeof object.sendChainKey === "string")
                                $util.base64.decode(object.sendChainKey, message.sendChainKey = $util.newBuffer($util.base64.length(object.sendChainKey)), 0);
                            else if (object.sendChainKey.length >= 0)
                                message.sendChainKey = object.sendChainKey;
                    if (object.rootKey != null)
                        if (object.rootKey.length)
                            if (typeof object.rootKey === "string")
                                $util.base64.decode(object.rootKey, message.rootKey = $util.newBuffer($util.base64.length(object.rootKey)), 0);
                            else if (object.rootKey.length >= 0)
                                message.rootKey = object.rootKey;
                    if (object.connectionRootKey != null)
                        if (object.connectionRootKey.length)
                            if (typeof object.connectionRootKey === "string")
                                $util.base64.decode(object.connectionRootKey, message.connectionRootKey = $util.newBuffer($util.base64.length(object.connectionRootKey)), 0);
                            else if (object.connectionRootKey.length >= 0)
                                message.connectionRootKey = object.connectionRootKey;
                    if (object.peerDid != null)
                        if (typeof object.peerDid !== "string" || object.peerDid.length)
                            message.peerDid = $String(object.peerDid);
                    if (object.suite != null)
                        if ($Number(object.suite) !== 0)
                            message.suite = object.suite >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a SessionRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @static
                 * @param {connector_e2e.storage.v1.SessionRecord} message SessionRecord
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SessionRecord.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.resyncTimes = [];
                    if (options.defaults) {
                        object.schemaVersion = 0;
                        object.connectionId = "";
                        object.role = 0;
                        if (options.bytes === $String)
                            object.transcriptHash = "";
                        else {
                            object.transcriptHash = [];
                            if (options.bytes !== $Array)
                                object.transcriptHash = $util.newBuffer(object.transcriptHash);
                        }
                        if (options.bytes === $String)
                            object.connectionControlKey = "";
                        else {
                            object.connectionControlKey = [];
                            if (options.bytes !== $Array)
                                object.connectionControlKey = $util.newBuffer(object.connectionControlKey);
                        }
                        object.confirmed = false;
                        if (options.bytes === $String)
                            object.peerConfirmKey = "";
                        else {
                            object.peerConfirmKey = [];
                            if (options.bytes !== $Array)
                                object.peerConfirmKey = $util.newBuffer(object.peerConfirmKey);
                        }
                        object.epoch = 0;
                        object.receive = null;
                        object.previousReceive = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.controlSendSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.controlSendSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.controlReceiveSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.controlReceiveSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.mustRekey = false;
                        object.rekeyMinEpoch = 0;
                        object.pendingRekey = null;
                        if (options.bytes === $String)
                            object.sendChainKey = "";
                        else {
                            object.sendChainKey = [];
                            if (options.bytes !== $Array)
                                object.sendChainKey = $util.newBuffer(object.sendChainKey);
                        }
                        if (options.bytes === $String)
                            object.rootKey = "";
                        else {
                            object.rootKey = [];
                            if (options.bytes !== $Array)
                                object.rootKey = $util.newBuffer(object.rootKey);
                        }
                        if (options.bytes === $String)
                            object.connectionRootKey = "";
                        else {
                            object.connectionRootKey = [];
                            if (options.bytes !== $Array)
                                object.connectionRootKey = $util.newBuffer(object.connectionRootKey);
                        }
                        object.peerDid = "";
                        object.suite = 0;
                    }
                    if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                        object.schemaVersion = message.schemaVersion;
                    if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                        object.connectionId = message.connectionId;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    if (message.transcriptHash != null && $Object.hasOwnProperty.call(message, "transcriptHash"))
                        object.transcriptHash = options.bytes === $String ? $util.base64.encode(message.transcriptHash, 0, message.transcriptHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.transcriptHash) : message.transcriptHash;
                    if (message.connectionControlKey != null && $Object.hasOwnProperty.call(message, "connectionControlKey"))
                        object.connectionControlKey = options.bytes === $String ? $util.base64.encode(message.connectionControlKey, 0, message.connectionControlKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.connectionControlKey) : message.connectionControlKey;
                    if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed"))
                        object.confirmed = message.confirmed;
                    if (message.peerConfirmKey != null && $Object.hasOwnProperty.call(message, "peerConfirmKey"))
                        object.peerConfirmKey = options.bytes === $String ? $util.base64.encode(message.peerConfirmKey, 0, message.peerConfirmKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.peerConfirmKey) : message.peerConfirmKey;
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                        object.epoch = message.epoch;
                    if (message.receive != null && $Object.hasOwnProperty.call(message, "receive"))
                        object.receive = $root.connector_e2e.storage.v1.ReceiveEpochRecord.toObject(message.receive, options, _depth + 1);
                    if (message.previousReceive != null && $Object.hasOwnProperty.call(message, "previousReceive"))
                        object.previousReceive = $root.connector_e2e.storage.v1.ReceiveEpochRecord.toObject(message.previousReceive, options, _depth + 1);
                    if (message.controlSendSequence != null && $Object.hasOwnProperty.call(message, "controlSendSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.controlSendSequence = typeof message.controlSendSequence === "number" ? $BigInt(message.controlSendSequence) : $util.Long.fromBits(message.controlSendSequence.low >>> 0, message.controlSendSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.controlSendSequence === "number")
                            object.controlSendSequence = options.longs === $String ? $String(message.controlSendSequence) : message.controlSendSequence;
                        else
                            object.controlSendSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.controlSendSequence) : options.longs === $Number ? new $util.LongBits(message.controlSendSequence.low >>> 0, message.controlSendSequence.high >>> 0).toNumber(true) : message.controlSendSequence;
                    if (message.controlReceiveSequence != null && $Object.hasOwnProperty.call(message, "controlReceiveSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.controlReceiveSequence = typeof message.controlReceiveSequence === "number" ? $BigInt(message.controlReceiveSequence) : $util.Long.fromBits(message.controlReceiveSequence.low >>> 0, message.controlReceiveSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.controlReceiveSequence === "number")
                            object.controlReceiveSequence = options.longs === $String ? $String(message.controlReceiveSequence) : message.controlReceiveSequence;
                        else
                            object.controlReceiveSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.controlReceiveSequence) : options.longs === $Number ? new $util.LongBits(message.controlReceiveSequence.low >>> 0, message.controlReceiveSequence.high >>> 0).toNumber(true) : message.controlReceiveSequence;
                    if (message.resyncTimes && message.resyncTimes.length) {
                        object.resyncTimes = $Array(message.resyncTimes.length);
                        for (let j = 0; j < message.resyncTimes.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.resyncTimes[j] = typeof message.resyncTimes[j] === "number" ? $BigInt(message.resyncTimes[j]) : $util.Long.fromBits(message.resyncTimes[j].low >>> 0, message.resyncTimes[j].high >>> 0, true).toBigInt();
                            else if (typeof message.resyncTimes[j] === "number")
                                object.resyncTimes[j] = options.longs === $String ? $String(message.resyncTimes[j]) : message.resyncTimes[j];
                            else
                                object.resyncTimes[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.resyncTimes[j]) : options.longs === $Number ? new $util.LongBits(message.resyncTimes[j].low >>> 0, message.resyncTimes[j].high >>> 0).toNumber(true) : message.resyncTimes[j];
                    }
                    if (message.mustRekey != null && $Object.hasOwnProperty.call(message, "mustRekey"))
                        object.mustRekey = message.mustRekey;
                    if (message.rekeyMinEpoch != null && $Object.hasOwnProperty.call(message, "rekeyMinEpoch"))
                        object.rekeyMinEpoch = message.rekeyMinEpoch;
                    if (message.pendingRekey != null && $Object.hasOwnProperty.call(message, "pendingRekey"))
                        object.pendingRekey = $root.connector_e2e.storage.v1.PendingRekeyRecord.toObject(message.pendingRekey, options, _depth + 1);
                    if (message.sendChainKey != null && $Object.hasOwnProperty.call(message, "sendChainKey"))
                        object.sendChainKey = options.bytes === $String ? $util.base64.encode(message.sendChainKey, 0, message.sendChainKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sendChainKey) : message.sendChainKey;
                    if (message.rootKey != null && $Object.hasOwnProperty.call(message, "rootKey"))
                        object.rootKey = options.bytes === $String ? $util.base64.encode(message.rootKey, 0, message.rootKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.rootKey) : message.rootKey;
                    if (message.connectionRootKey != null && $Object.hasOwnProperty.call(message, "connectionRootKey"))
                        object.connectionRootKey = options.bytes === $String ? $util.base64.encode(message.connectionRootKey, 0, message.connectionRootKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.connectionRootKey) : message.connectionRootKey;
                    if (message.peerDid != null && $Object.hasOwnProperty.call(message, "peerDid"))
                        object.peerDid = message.peerDid;
                    if (message.suite != null && $Object.hasOwnProperty.call(message, "suite"))
                        object.suite = message.suite;
                    return object;
                };

                /**
                 * Converts this SessionRecord to JSON.
                 * @function toJSON
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SessionRecord.prototype.toJSON = function() {
                    return SessionRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SessionRecord
                 * @function getTypeUrl
                 * @memberof connector_e2e.storage.v1.SessionRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SessionRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/connector_e2e.storage.v1.SessionRecord";
                };

                return SessionRecord;
            })();

            return v1;
        })();

        return storage;
    })();

    return connector_e2e;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             * @type {{
             *   (properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
             *   (properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
             * }}
             */
            Any.create = function(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Any} Any
             */
            Any.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Any)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Any();
                if (object.type_url != null)
                    if (typeof object.type_url !== "string" || object.type_url.length)
                        message.type_url = $String(object.type_url);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any} message Any
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Any.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type_url = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    object.type_url = message.type_url;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this Any to JSON.
             * @function toJSON
             * @memberof google.protobuf.Any
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Any.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        return protobuf;
    })();

    google.rpc = (function() {

        /**
         * Namespace rpc.
         * @memberof google
         * @namespace
         */
        const rpc = {};

        rpc.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} google.rpc.Status.$Properties
             * @property {number|null} [code] Status code
             * @property {string|null} [message] Status message
             * @property {Array.<google.protobuf.Any.$Properties>|null} [details] Status details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof google.rpc
             * @interface IStatus
             * @augments google.rpc.Status.$Properties
             * @deprecated Use google.rpc.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {google.rpc.Status.$Properties} google.rpc.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof google.rpc
             * @classdesc Represents a Status.
             * @constructor
             * @param {google.rpc.Status.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (properties) {
                this.details = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Status code.
             * @member {number} code
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.code = 0;

            /**
             * Status message.
             * @member {string} message
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.message = "";

            /**
             * Status details.
             * @member {Array.<google.protobuf.Any.$Properties>} details
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.details = $util.emptyArray;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties=} [properties] Properties to set
             * @returns {google.rpc.Status} Status instance
             * @type {{
             *   (properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
             *   (properties?: google.rpc.Status.$Properties): google.rpc.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @function encode
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.details != null && message.details.length)
                    for (let i = 0; i < message.details.length; ++i)
                        $root.google.protobuf.Any.encode(message.details[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof google.rpc.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.rpc.Status();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.details && message.details.length))
                                message.details = [];
                            message.details.push($root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.rpc.Status
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.rpc.Status} Status
             */
            Status.fromObject = function (object, _depth) {
                if (object instanceof $root.google.rpc.Status)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.rpc.Status: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.rpc.Status();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code | 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.details) {
                    if (!$Array.isArray(object.details))
                        throw $TypeError(".google.rpc.Status.details: array expected");
                    message.details = $Array(object.details.length);
                    for (let i = 0; i < object.details.length; ++i) {
                        if (!$util.isObject(object.details[i]))
                            throw $TypeError(".google.rpc.Status.details: object expected");
                        message.details[i] = $root.google.protobuf.Any.fromObject(object.details[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status} message Status
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Status.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.details = [];
                if (options.defaults) {
                    object.code = 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.details && message.details.length) {
                    object.details = $Array(message.details.length);
                    for (let j = 0; j < message.details.length; ++j)
                        object.details[j] = $root.google.protobuf.Any.toObject(message.details[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Status to JSON.
             * @function toJSON
             * @memberof google.rpc.Status
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Status
             * @function getTypeUrl
             * @memberof google.rpc.Status
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Status.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.rpc.Status";
            };

            return Status;
        })();

        return rpc;
    })();

    return google;
})();

export {
  $root as default
};
