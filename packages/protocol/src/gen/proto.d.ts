import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace connector_e2e {

    namespace v1 {

        interface IAtalaMessage extends connector_e2e.v1.AtalaMessage.$Properties {
        }

        class AtalaMessage {
            constructor(properties?: connector_e2e.v1.AtalaMessage.$Properties);
            $unknowns?: Uint8Array[];
            proofRequest?: (connector_e2e.v1.ProofRequest.$Properties|null);
            encryptedMessage?: (connector_e2e.v1.PrismEncryptedMessage.$Properties|null);
            plainCredential?: (connector_e2e.v1.PlainTextCredential.$Properties|null);
            credentialRevoked?: (connector_e2e.v1.CredentialRevoked.$Properties|null);
            atalaErrorMessage?: (connector_e2e.v1.AtalaErrorMessage.$Properties|null);
            customMessage?: (google.protobuf.Any.$Properties|null);
            e2eAck?: (connector_e2e.v1.EndToEndAck.$Properties|null);
            credentialJwt?: (connector_e2e.v1.VerifiableCredentialJwt.$Properties|null);
            replyTo: string;
            messageId: string;
            receiptRequested: boolean;
            message?: ("proofRequest"|"encryptedMessage"|"plainCredential"|"credentialRevoked"|"atalaErrorMessage"|"customMessage"|"e2eAck"|"credentialJwt");
            static create(properties: connector_e2e.v1.AtalaMessage.$Shape): connector_e2e.v1.AtalaMessage & connector_e2e.v1.AtalaMessage.$Shape;
            static create(properties?: connector_e2e.v1.AtalaMessage.$Properties): connector_e2e.v1.AtalaMessage;
            static encode(message: connector_e2e.v1.AtalaMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.AtalaMessage & connector_e2e.v1.AtalaMessage.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.AtalaMessage;
            static toObject(message: connector_e2e.v1.AtalaMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AtalaMessage {
            interface $Properties {
                proofRequest?: (connector_e2e.v1.ProofRequest.$Properties|null);
                encryptedMessage?: (connector_e2e.v1.PrismEncryptedMessage.$Properties|null);
                plainCredential?: (connector_e2e.v1.PlainTextCredential.$Properties|null);
                credentialRevoked?: (connector_e2e.v1.CredentialRevoked.$Properties|null);
                atalaErrorMessage?: (connector_e2e.v1.AtalaErrorMessage.$Properties|null);
                customMessage?: (google.protobuf.Any.$Properties|null);
                e2eAck?: (connector_e2e.v1.EndToEndAck.$Properties|null);
                credentialJwt?: (connector_e2e.v1.VerifiableCredentialJwt.$Properties|null);
                replyTo?: (string|null);
                messageId?: (string|null);
                receiptRequested?: (boolean|null);
                message?: ("proofRequest"|"encryptedMessage"|"plainCredential"|"credentialRevoked"|"atalaErrorMessage"|"customMessage"|"e2eAck"|"credentialJwt");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              proofRequest?: connector_e2e.v1.ProofRequest.$Shape|null;
              encryptedMessage?: connector_e2e.v1.PrismEncryptedMessage.$Shape|null;
              plainCredential?: connector_e2e.v1.PlainTextCredential.$Shape|null;
              credentialRevoked?: connector_e2e.v1.CredentialRevoked.$Shape|null;
              atalaErrorMessage?: connector_e2e.v1.AtalaErrorMessage.$Shape|null;
              customMessage?: google.protobuf.Any.$Shape|null;
              e2eAck?: connector_e2e.v1.EndToEndAck.$Shape|null;
              credentialJwt?: connector_e2e.v1.VerifiableCredentialJwt.$Shape|null;
              replyTo?: string|null;
              messageId?: string|null;
              receiptRequested?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "proofRequest"; proofRequest: connector_e2e.v1.ProofRequest.$Shape; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "encryptedMessage"; proofRequest?: null; encryptedMessage: connector_e2e.v1.PrismEncryptedMessage.$Shape; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "plainCredential"; proofRequest?: null; encryptedMessage?: null; plainCredential: connector_e2e.v1.PlainTextCredential.$Shape; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "credentialRevoked"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked: connector_e2e.v1.CredentialRevoked.$Shape; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "atalaErrorMessage"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage: connector_e2e.v1.AtalaErrorMessage.$Shape; customMessage?: null; e2eAck?: null; credentialJwt?: null }|{ message?: "customMessage"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage: google.protobuf.Any.$Shape; e2eAck?: null; credentialJwt?: null }|{ message?: "e2eAck"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck: connector_e2e.v1.EndToEndAck.$Shape; credentialJwt?: null }|{ message?: "credentialJwt"; proofRequest?: null; encryptedMessage?: null; plainCredential?: null; credentialRevoked?: null; atalaErrorMessage?: null; customMessage?: null; e2eAck?: null; credentialJwt: connector_e2e.v1.VerifiableCredentialJwt.$Shape })
            );
        }

        interface IEncryptedMessage extends connector_e2e.v1.EncryptedMessage.$Properties {
        }

        class EncryptedMessage {
            constructor(properties?: connector_e2e.v1.EncryptedMessage.$Properties);
            $unknowns?: Uint8Array[];
            content: Uint8Array;
            connectionId: string;
            static create(properties: connector_e2e.v1.EncryptedMessage.$Shape): connector_e2e.v1.EncryptedMessage & connector_e2e.v1.EncryptedMessage.$Shape;
            static create(properties?: connector_e2e.v1.EncryptedMessage.$Properties): connector_e2e.v1.EncryptedMessage;
            static encode(message: connector_e2e.v1.EncryptedMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.EncryptedMessage & connector_e2e.v1.EncryptedMessage.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.EncryptedMessage;
            static toObject(message: connector_e2e.v1.EncryptedMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EncryptedMessage {
            interface $Properties {
                content?: (Uint8Array|null);
                connectionId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.EncryptedMessage.$Properties;
        }

        interface IProofRequest extends connector_e2e.v1.ProofRequest.$Properties {
        }

        class ProofRequest {
            constructor(properties?: connector_e2e.v1.ProofRequest.$Properties);
            $unknowns?: Uint8Array[];
            typeIds: string[];
            connectionToken: string;
            static create(properties: connector_e2e.v1.ProofRequest.$Shape): connector_e2e.v1.ProofRequest & connector_e2e.v1.ProofRequest.$Shape;
            static create(properties?: connector_e2e.v1.ProofRequest.$Properties): connector_e2e.v1.ProofRequest;
            static encode(message: connector_e2e.v1.ProofRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.ProofRequest & connector_e2e.v1.ProofRequest.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.ProofRequest;
            static toObject(message: connector_e2e.v1.ProofRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProofRequest {
            interface $Properties {
                typeIds?: (string[]|null);
                connectionToken?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.ProofRequest.$Properties;
        }

        interface IPlainTextCredential extends connector_e2e.v1.PlainTextCredential.$Properties {
        }

        class PlainTextCredential {
            constructor(properties?: connector_e2e.v1.PlainTextCredential.$Properties);
            $unknowns?: Uint8Array[];
            encodedCredential: string;
            encodedMerkleProof: string;
            static create(properties: connector_e2e.v1.PlainTextCredential.$Shape): connector_e2e.v1.PlainTextCredential & connector_e2e.v1.PlainTextCredential.$Shape;
            static create(properties?: connector_e2e.v1.PlainTextCredential.$Properties): connector_e2e.v1.PlainTextCredential;
            static encode(message: connector_e2e.v1.PlainTextCredential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.PlainTextCredential & connector_e2e.v1.PlainTextCredential.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.PlainTextCredential;
            static toObject(message: connector_e2e.v1.PlainTextCredential, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlainTextCredential {
            interface $Properties {
                encodedCredential?: (string|null);
                encodedMerkleProof?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.PlainTextCredential.$Properties;
        }

        interface IPrismEncryptedMessage extends connector_e2e.v1.PrismEncryptedMessage.$Properties {
        }

        class PrismEncryptedMessage {
            constructor(properties?: connector_e2e.v1.PrismEncryptedMessage.$Properties);
            $unknowns?: Uint8Array[];
            keyId: string;
            encryptedContent: Uint8Array;
            static create(properties: connector_e2e.v1.PrismEncryptedMessage.$Shape): connector_e2e.v1.PrismEncryptedMessage & connector_e2e.v1.PrismEncryptedMessage.$Shape;
            static create(properties?: connector_e2e.v1.PrismEncryptedMessage.$Properties): connector_e2e.v1.PrismEncryptedMessage;
            static encode(message: connector_e2e.v1.PrismEncryptedMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.PrismEncryptedMessage & connector_e2e.v1.PrismEncryptedMessage.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.PrismEncryptedMessage;
            static toObject(message: connector_e2e.v1.PrismEncryptedMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PrismEncryptedMessage {
            interface $Properties {
                keyId?: (string|null);
                encryptedContent?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.PrismEncryptedMessage.$Properties;
        }

        interface ICredentialRevoked extends connector_e2e.v1.CredentialRevoked.$Properties {
        }

        class CredentialRevoked {
            constructor(properties?: connector_e2e.v1.CredentialRevoked.$Properties);
            $unknowns?: Uint8Array[];
            encodedCredential: string;
            reason: string;
            static create(properties: connector_e2e.v1.CredentialRevoked.$Shape): connector_e2e.v1.CredentialRevoked & connector_e2e.v1.CredentialRevoked.$Shape;
            static create(properties?: connector_e2e.v1.CredentialRevoked.$Properties): connector_e2e.v1.CredentialRevoked;
            static encode(message: connector_e2e.v1.CredentialRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.CredentialRevoked & connector_e2e.v1.CredentialRevoked.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.CredentialRevoked;
            static toObject(message: connector_e2e.v1.CredentialRevoked, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CredentialRevoked {
            interface $Properties {
                encodedCredential?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.CredentialRevoked.$Properties;
        }

        interface IAtalaErrorMessage extends connector_e2e.v1.AtalaErrorMessage.$Properties {
        }

        class AtalaErrorMessage {
            constructor(properties?: connector_e2e.v1.AtalaErrorMessage.$Properties);
            $unknowns?: Uint8Array[];
            status?: (google.rpc.Status.$Properties|null);
            static create(properties: connector_e2e.v1.AtalaErrorMessage.$Shape): connector_e2e.v1.AtalaErrorMessage & connector_e2e.v1.AtalaErrorMessage.$Shape;
            static create(properties?: connector_e2e.v1.AtalaErrorMessage.$Properties): connector_e2e.v1.AtalaErrorMessage;
            static encode(message: connector_e2e.v1.AtalaErrorMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.AtalaErrorMessage & connector_e2e.v1.AtalaErrorMessage.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.AtalaErrorMessage;
            static toObject(message: connector_e2e.v1.AtalaErrorMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AtalaErrorMessage {
            interface $Properties {
                status?: (google.rpc.Status.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.AtalaErrorMessage.$Properties;
        }

        interface IVerifiableCredentialJwt extends connector_e2e.v1.VerifiableCredentialJwt.$Properties {
        }

        class VerifiableCredentialJwt {
            constructor(properties?: connector_e2e.v1.VerifiableCredentialJwt.$Properties);
            $unknowns?: Uint8Array[];
            jwt: string;
            static create(properties: connector_e2e.v1.VerifiableCredentialJwt.$Shape): connector_e2e.v1.VerifiableCredentialJwt & connector_e2e.v1.VerifiableCredentialJwt.$Shape;
            static create(properties?: connector_e2e.v1.VerifiableCredentialJwt.$Properties): connector_e2e.v1.VerifiableCredentialJwt;
            static encode(message: connector_e2e.v1.VerifiableCredentialJwt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.VerifiableCredentialJwt & connector_e2e.v1.VerifiableCredentialJwt.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.VerifiableCredentialJwt;
            static toObject(message: connector_e2e.v1.VerifiableCredentialJwt, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerifiableCredentialJwt {
            interface $Properties {
                jwt?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.VerifiableCredentialJwt.$Properties;
        }

        interface IEndToEndAck extends connector_e2e.v1.EndToEndAck.$Properties {
        }

        class EndToEndAck {
            constructor(properties?: connector_e2e.v1.EndToEndAck.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            counters: number[];
            receiveNext: number;
            keyId: Uint8Array;
            static create(properties: connector_e2e.v1.EndToEndAck.$Shape): connector_e2e.v1.EndToEndAck & connector_e2e.v1.EndToEndAck.$Shape;
            static create(properties?: connector_e2e.v1.EndToEndAck.$Properties): connector_e2e.v1.EndToEndAck;
            static encode(message: connector_e2e.v1.EndToEndAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.EndToEndAck & connector_e2e.v1.EndToEndAck.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.EndToEndAck;
            static toObject(message: connector_e2e.v1.EndToEndAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EndToEndAck {
            interface $Properties {
                epoch?: (number|null);
                counters?: (number[]|null);
                receiveNext?: (number|null);
                keyId?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.EndToEndAck.$Properties;
        }

        interface ISealedControl extends connector_e2e.v1.SealedControl.$Properties {
        }

        class SealedControl {
            constructor(properties?: connector_e2e.v1.SealedControl.$Properties);
            $unknowns?: Uint8Array[];
            connectionId: string;
            iv: Uint8Array;
            content: Uint8Array;
            epoch: number;
            static create(properties: connector_e2e.v1.SealedControl.$Shape): connector_e2e.v1.SealedControl & connector_e2e.v1.SealedControl.$Shape;
            static create(properties?: connector_e2e.v1.SealedControl.$Properties): connector_e2e.v1.SealedControl;
            static encode(message: connector_e2e.v1.SealedControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.SealedControl & connector_e2e.v1.SealedControl.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.SealedControl;
            static toObject(message: connector_e2e.v1.SealedControl, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SealedControl {
            interface $Properties {
                connectionId?: (string|null);
                iv?: (Uint8Array|null);
                content?: (Uint8Array|null);
                epoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.SealedControl.$Properties;
        }

        interface IControlMessage extends connector_e2e.v1.ControlMessage.$Properties {
        }

        class ControlMessage {
            constructor(properties?: connector_e2e.v1.ControlMessage.$Properties);
            $unknowns?: Uint8Array[];
            sequence: number;
            resync?: (connector_e2e.v1.CounterResync.$Properties|null);
            rekeyRequest?: (connector_e2e.v1.RekeyRequest.$Properties|null);
            rekeyBundle?: (connector_e2e.v1.RekeyBundle.$Properties|null);
            rekeyInit?: (connector_e2e.v1.RekeyInit.$Properties|null);
            rekeyConfirmation?: (connector_e2e.v1.RekeyConfirmation.$Properties|null);
            status?: (connector_e2e.v1.StatusReport.$Properties|null);
            sendingKey?: (connector_e2e.v1.SendingKey.$Properties|null);
            close?: (connector_e2e.v1.ConnectionClose.$Properties|null);
            receipt?: (connector_e2e.v1.DeliveryReceipt.$Properties|null);
            body?: ("resync"|"rekeyRequest"|"rekeyBundle"|"rekeyInit"|"rekeyConfirmation"|"status"|"sendingKey"|"close"|"receipt");
            static create(properties: connector_e2e.v1.ControlMessage.$Shape): connector_e2e.v1.ControlMessage & connector_e2e.v1.ControlMessage.$Shape;
            static create(properties?: connector_e2e.v1.ControlMessage.$Properties): connector_e2e.v1.ControlMessage;
            static encode(message: connector_e2e.v1.ControlMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.ControlMessage & connector_e2e.v1.ControlMessage.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.ControlMessage;
            static toObject(message: connector_e2e.v1.ControlMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlMessage {
            interface $Properties {
                sequence?: (number|null);
                resync?: (connector_e2e.v1.CounterResync.$Properties|null);
                rekeyRequest?: (connector_e2e.v1.RekeyRequest.$Properties|null);
                rekeyBundle?: (connector_e2e.v1.RekeyBundle.$Properties|null);
                rekeyInit?: (connector_e2e.v1.RekeyInit.$Properties|null);
                rekeyConfirmation?: (connector_e2e.v1.RekeyConfirmation.$Properties|null);
                status?: (connector_e2e.v1.StatusReport.$Properties|null);
                sendingKey?: (connector_e2e.v1.SendingKey.$Properties|null);
                close?: (connector_e2e.v1.ConnectionClose.$Properties|null);
                receipt?: (connector_e2e.v1.DeliveryReceipt.$Properties|null);
                body?: ("resync"|"rekeyRequest"|"rekeyBundle"|"rekeyInit"|"rekeyConfirmation"|"status"|"sendingKey"|"close"|"receipt");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              sequence?: number|null;
              resync?: connector_e2e.v1.CounterResync.$Shape|null;
              rekeyRequest?: connector_e2e.v1.RekeyRequest.$Shape|null;
              rekeyBundle?: connector_e2e.v1.RekeyBundle.$Shape|null;
              rekeyInit?: connector_e2e.v1.RekeyInit.$Shape|null;
              rekeyConfirmation?: connector_e2e.v1.RekeyConfirmation.$Shape|null;
              status?: connector_e2e.v1.StatusReport.$Shape|null;
              sendingKey?: connector_e2e.v1.SendingKey.$Shape|null;
              close?: connector_e2e.v1.ConnectionClose.$Shape|null;
              receipt?: connector_e2e.v1.DeliveryReceipt.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "resync"; resync: connector_e2e.v1.CounterResync.$Shape; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "rekeyRequest"; resync?: null; rekeyRequest: connector_e2e.v1.RekeyRequest.$Shape; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "rekeyBundle"; resync?: null; rekeyRequest?: null; rekeyBundle: connector_e2e.v1.RekeyBundle.$Shape; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "rekeyInit"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit: connector_e2e.v1.RekeyInit.$Shape; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "rekeyConfirmation"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation: connector_e2e.v1.RekeyConfirmation.$Shape; status?: null; sendingKey?: null; close?: null; receipt?: null }|{ body?: "status"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status: connector_e2e.v1.StatusReport.$Shape; sendingKey?: null; close?: null; receipt?: null }|{ body?: "sendingKey"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey: connector_e2e.v1.SendingKey.$Shape; close?: null; receipt?: null }|{ body?: "close"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close: connector_e2e.v1.ConnectionClose.$Shape; receipt?: null }|{ body?: "receipt"; resync?: null; rekeyRequest?: null; rekeyBundle?: null; rekeyInit?: null; rekeyConfirmation?: null; status?: null; sendingKey?: null; close?: null; receipt: connector_e2e.v1.DeliveryReceipt.$Shape })
            );
        }

        interface IDeliveryReceipt extends connector_e2e.v1.DeliveryReceipt.$Properties {
        }

        class DeliveryReceipt {
            constructor(properties?: connector_e2e.v1.DeliveryReceipt.$Properties);
            $unknowns?: Uint8Array[];
            jwt: string;
            static create(properties: connector_e2e.v1.DeliveryReceipt.$Shape): connector_e2e.v1.DeliveryReceipt & connector_e2e.v1.DeliveryReceipt.$Shape;
            static create(properties?: connector_e2e.v1.DeliveryReceipt.$Properties): connector_e2e.v1.DeliveryReceipt;
            static encode(message: connector_e2e.v1.DeliveryReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.DeliveryReceipt & connector_e2e.v1.DeliveryReceipt.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.DeliveryReceipt;
            static toObject(message: connector_e2e.v1.DeliveryReceipt, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeliveryReceipt {
            interface $Properties {
                jwt?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.DeliveryReceipt.$Properties;
        }

        interface IConnectionClose extends connector_e2e.v1.ConnectionClose.$Properties {
        }

        class ConnectionClose {
            constructor(properties?: connector_e2e.v1.ConnectionClose.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            static create(properties: connector_e2e.v1.ConnectionClose.$Shape): connector_e2e.v1.ConnectionClose & connector_e2e.v1.ConnectionClose.$Shape;
            static create(properties?: connector_e2e.v1.ConnectionClose.$Properties): connector_e2e.v1.ConnectionClose;
            static encode(message: connector_e2e.v1.ConnectionClose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.ConnectionClose & connector_e2e.v1.ConnectionClose.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.ConnectionClose;
            static toObject(message: connector_e2e.v1.ConnectionClose, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnectionClose {
            interface $Properties {
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.ConnectionClose.$Properties;
        }

        interface ISendingKey extends connector_e2e.v1.SendingKey.$Properties {
        }

        class SendingKey {
            constructor(properties?: connector_e2e.v1.SendingKey.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            keyId: Uint8Array;
            static create(properties: connector_e2e.v1.SendingKey.$Shape): connector_e2e.v1.SendingKey & connector_e2e.v1.SendingKey.$Shape;
            static create(properties?: connector_e2e.v1.SendingKey.$Properties): connector_e2e.v1.SendingKey;
            static encode(message: connector_e2e.v1.SendingKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.SendingKey & connector_e2e.v1.SendingKey.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.SendingKey;
            static toObject(message: connector_e2e.v1.SendingKey, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendingKey {
            interface $Properties {
                epoch?: (number|null);
                keyId?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.SendingKey.$Properties;
        }

        interface ICounterResync extends connector_e2e.v1.CounterResync.$Properties {
        }

        class CounterResync {
            constructor(properties?: connector_e2e.v1.CounterResync.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            nextCounter: number;
            keyId: Uint8Array;
            static create(properties: connector_e2e.v1.CounterResync.$Shape): connector_e2e.v1.CounterResync & connector_e2e.v1.CounterResync.$Shape;
            static create(properties?: connector_e2e.v1.CounterResync.$Properties): connector_e2e.v1.CounterResync;
            static encode(message: connector_e2e.v1.CounterResync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.CounterResync & connector_e2e.v1.CounterResync.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.CounterResync;
            static toObject(message: connector_e2e.v1.CounterResync, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CounterResync {
            interface $Properties {
                epoch?: (number|null);
                nextCounter?: (number|null);
                keyId?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.CounterResync.$Properties;
        }

        interface IRekeyRequest extends connector_e2e.v1.RekeyRequest.$Properties {
        }

        class RekeyRequest {
            constructor(properties?: connector_e2e.v1.RekeyRequest.$Properties);
            $unknowns?: Uint8Array[];
            minEpoch: number;
            reason: string;
            currentEpoch: number;
            signature: Uint8Array;
            signatureKeyId: string;
            static create(properties: connector_e2e.v1.RekeyRequest.$Shape): connector_e2e.v1.RekeyRequest & connector_e2e.v1.RekeyRequest.$Shape;
            static create(properties?: connector_e2e.v1.RekeyRequest.$Properties): connector_e2e.v1.RekeyRequest;
            static encode(message: connector_e2e.v1.RekeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.RekeyRequest & connector_e2e.v1.RekeyRequest.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.RekeyRequest;
            static toObject(message: connector_e2e.v1.RekeyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RekeyRequest {
            interface $Properties {
                minEpoch?: (number|null);
                reason?: (string|null);
                currentEpoch?: (number|null);
                signature?: (Uint8Array|null);
                signatureKeyId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.RekeyRequest.$Properties;
        }

        interface IRekeyBundle extends connector_e2e.v1.RekeyBundle.$Properties {
        }

        class RekeyBundle {
            constructor(properties?: connector_e2e.v1.RekeyBundle.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            prekey: Uint8Array;
            baseEpoch: number;
            signature: Uint8Array;
            signatureKeyId: string;
            static create(properties: connector_e2e.v1.RekeyBundle.$Shape): connector_e2e.v1.RekeyBundle & connector_e2e.v1.RekeyBundle.$Shape;
            static create(properties?: connector_e2e.v1.RekeyBundle.$Properties): connector_e2e.v1.RekeyBundle;
            static encode(message: connector_e2e.v1.RekeyBundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.RekeyBundle & connector_e2e.v1.RekeyBundle.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.RekeyBundle;
            static toObject(message: connector_e2e.v1.RekeyBundle, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RekeyBundle {
            interface $Properties {
                epoch?: (number|null);
                prekey?: (Uint8Array|null);
                baseEpoch?: (number|null);
                signature?: (Uint8Array|null);
                signatureKeyId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.RekeyBundle.$Properties;
        }

        interface IRekeyInit extends connector_e2e.v1.RekeyInit.$Properties {
        }

        class RekeyInit {
            constructor(properties?: connector_e2e.v1.RekeyInit.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            ephemeralKey: Uint8Array;
            confirmation: Uint8Array;
            signature: Uint8Array;
            signatureKeyId: string;
            static create(properties: connector_e2e.v1.RekeyInit.$Shape): connector_e2e.v1.RekeyInit & connector_e2e.v1.RekeyInit.$Shape;
            static create(properties?: connector_e2e.v1.RekeyInit.$Properties): connector_e2e.v1.RekeyInit;
            static encode(message: connector_e2e.v1.RekeyInit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.RekeyInit & connector_e2e.v1.RekeyInit.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.RekeyInit;
            static toObject(message: connector_e2e.v1.RekeyInit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RekeyInit {
            interface $Properties {
                epoch?: (number|null);
                ephemeralKey?: (Uint8Array|null);
                confirmation?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                signatureKeyId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.RekeyInit.$Properties;
        }

        interface IRekeyConfirmation extends connector_e2e.v1.RekeyConfirmation.$Properties {
        }

        class RekeyConfirmation {
            constructor(properties?: connector_e2e.v1.RekeyConfirmation.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            confirmation: Uint8Array;
            static create(properties: connector_e2e.v1.RekeyConfirmation.$Shape): connector_e2e.v1.RekeyConfirmation & connector_e2e.v1.RekeyConfirmation.$Shape;
            static create(properties?: connector_e2e.v1.RekeyConfirmation.$Properties): connector_e2e.v1.RekeyConfirmation;
            static encode(message: connector_e2e.v1.RekeyConfirmation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.RekeyConfirmation & connector_e2e.v1.RekeyConfirmation.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.RekeyConfirmation;
            static toObject(message: connector_e2e.v1.RekeyConfirmation, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RekeyConfirmation {
            interface $Properties {
                epoch?: (number|null);
                confirmation?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.RekeyConfirmation.$Properties;
        }

        interface IStatusReport extends connector_e2e.v1.StatusReport.$Properties {
        }

        class StatusReport {
            constructor(properties?: connector_e2e.v1.StatusReport.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            sendNext: number;
            receiveEpoch: number;
            replyRequested: boolean;
            sendKeyId: Uint8Array;
            receiveKeys: connector_e2e.v1.KeyPosition.$Properties[];
            static create(properties: connector_e2e.v1.StatusReport.$Shape): connector_e2e.v1.StatusReport & connector_e2e.v1.StatusReport.$Shape;
            static create(properties?: connector_e2e.v1.StatusReport.$Properties): connector_e2e.v1.StatusReport;
            static encode(message: connector_e2e.v1.StatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.StatusReport & connector_e2e.v1.StatusReport.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.StatusReport;
            static toObject(message: connector_e2e.v1.StatusReport, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReport {
            interface $Properties {
                epoch?: (number|null);
                sendNext?: (number|null);
                receiveEpoch?: (number|null);
                replyRequested?: (boolean|null);
                sendKeyId?: (Uint8Array|null);
                receiveKeys?: (connector_e2e.v1.KeyPosition.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.StatusReport.$Properties;
        }

        interface IKeyPosition extends connector_e2e.v1.KeyPosition.$Properties {
        }

        class KeyPosition {
            constructor(properties?: connector_e2e.v1.KeyPosition.$Properties);
            $unknowns?: Uint8Array[];
            keyId: Uint8Array;
            next: number;
            static create(properties: connector_e2e.v1.KeyPosition.$Shape): connector_e2e.v1.KeyPosition & connector_e2e.v1.KeyPosition.$Shape;
            static create(properties?: connector_e2e.v1.KeyPosition.$Properties): connector_e2e.v1.KeyPosition;
            static encode(message: connector_e2e.v1.KeyPosition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.KeyPosition & connector_e2e.v1.KeyPosition.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.KeyPosition;
            static toObject(message: connector_e2e.v1.KeyPosition, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyPosition {
            interface $Properties {
                keyId?: (Uint8Array|null);
                next?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.KeyPosition.$Properties;
        }

        interface IFrame extends connector_e2e.v1.Frame.$Properties {
        }

        class Frame {
            constructor(properties?: connector_e2e.v1.Frame.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            record?: (connector_e2e.v1.EncryptedMessage.$Properties|null);
            handshake?: (connector_e2e.v1.HandshakeMessage.$Properties|null);
            control?: (connector_e2e.v1.SealedControl.$Properties|null);
            etamp?: (string|null);
            body?: ("record"|"handshake"|"control"|"etamp");
            static create(properties: connector_e2e.v1.Frame.$Shape): connector_e2e.v1.Frame & connector_e2e.v1.Frame.$Shape;
            static create(properties?: connector_e2e.v1.Frame.$Properties): connector_e2e.v1.Frame;
            static encode(message: connector_e2e.v1.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.Frame & connector_e2e.v1.Frame.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.Frame;
            static toObject(message: connector_e2e.v1.Frame, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {
            interface $Properties {
                version?: (number|null);
                record?: (connector_e2e.v1.EncryptedMessage.$Properties|null);
                handshake?: (connector_e2e.v1.HandshakeMessage.$Properties|null);
                control?: (connector_e2e.v1.SealedControl.$Properties|null);
                etamp?: (string|null);
                body?: ("record"|"handshake"|"control"|"etamp");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              version?: number|null;
              record?: connector_e2e.v1.EncryptedMessage.$Shape|null;
              handshake?: connector_e2e.v1.HandshakeMessage.$Shape|null;
              control?: connector_e2e.v1.SealedControl.$Shape|null;
              etamp?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; record?: null; handshake?: null; control?: null; etamp?: null }|{ body?: "record"; record: connector_e2e.v1.EncryptedMessage.$Shape; handshake?: null; control?: null; etamp?: null }|{ body?: "handshake"; record?: null; handshake: connector_e2e.v1.HandshakeMessage.$Shape; control?: null; etamp?: null }|{ body?: "control"; record?: null; handshake?: null; control: connector_e2e.v1.SealedControl.$Shape; etamp?: null }|{ body?: "etamp"; record?: null; handshake?: null; control?: null; etamp: string })
            );
        }

        interface IInvitation extends connector_e2e.v1.Invitation.$Properties {
        }

        class Invitation {
            constructor(properties?: connector_e2e.v1.Invitation.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            token: Uint8Array;
            secret: Uint8Array;
            commitment: Uint8Array;
            expiresAt: number;
            connectorUrl: string;
            envelope: number;
            suite: number;
            static create(properties: connector_e2e.v1.Invitation.$Shape): connector_e2e.v1.Invitation & connector_e2e.v1.Invitation.$Shape;
            static create(properties?: connector_e2e.v1.Invitation.$Properties): connector_e2e.v1.Invitation;
            static encode(message: connector_e2e.v1.Invitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.Invitation & connector_e2e.v1.Invitation.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.Invitation;
            static toObject(message: connector_e2e.v1.Invitation, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Invitation {
            interface $Properties {
                version?: (number|null);
                token?: (Uint8Array|null);
                secret?: (Uint8Array|null);
                commitment?: (Uint8Array|null);
                expiresAt?: (number|null);
                connectorUrl?: (string|null);
                envelope?: (number|null);
                suite?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.Invitation.$Properties;
        }

        interface IPreKeyBundle extends connector_e2e.v1.PreKeyBundle.$Properties {
        }

        class PreKeyBundle {
            constructor(properties?: connector_e2e.v1.PreKeyBundle.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            connectionId: string;
            issuerDid: string;
            identityKey: Uint8Array;
            signedPrekey: Uint8Array;
            oneTimePrekey: Uint8Array;
            oneTimePrekeyId: number;
            signature: Uint8Array;
            signatureKeyId: string;
            mac: Uint8Array;
            static create(properties: connector_e2e.v1.PreKeyBundle.$Shape): connector_e2e.v1.PreKeyBundle & connector_e2e.v1.PreKeyBundle.$Shape;
            static create(properties?: connector_e2e.v1.PreKeyBundle.$Properties): connector_e2e.v1.PreKeyBundle;
            static encode(message: connector_e2e.v1.PreKeyBundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.PreKeyBundle & connector_e2e.v1.PreKeyBundle.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.PreKeyBundle;
            static toObject(message: connector_e2e.v1.PreKeyBundle, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PreKeyBundle {
            interface $Properties {
                version?: (number|null);
                connectionId?: (string|null);
                issuerDid?: (string|null);
                identityKey?: (Uint8Array|null);
                signedPrekey?: (Uint8Array|null);
                oneTimePrekey?: (Uint8Array|null);
                oneTimePrekeyId?: (number|null);
                signature?: (Uint8Array|null);
                signatureKeyId?: (string|null);
                mac?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.PreKeyBundle.$Properties;
        }

        interface IX3dhInit extends connector_e2e.v1.X3dhInit.$Properties {
        }

        class X3dhInit {
            constructor(properties?: connector_e2e.v1.X3dhInit.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            connectionId: string;
            holderDid: string;
            identityKey: Uint8Array;
            ephemeralKey: Uint8Array;
            oneTimePrekeyId: number;
            bundleHash: Uint8Array;
            signature: Uint8Array;
            signatureKeyId: string;
            mac: Uint8Array;
            confirmation: Uint8Array;
            static create(properties: connector_e2e.v1.X3dhInit.$Shape): connector_e2e.v1.X3dhInit & connector_e2e.v1.X3dhInit.$Shape;
            static create(properties?: connector_e2e.v1.X3dhInit.$Properties): connector_e2e.v1.X3dhInit;
            static encode(message: connector_e2e.v1.X3dhInit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.X3dhInit & connector_e2e.v1.X3dhInit.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.X3dhInit;
            static toObject(message: connector_e2e.v1.X3dhInit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace X3dhInit {
            interface $Properties {
                version?: (number|null);
                connectionId?: (string|null);
                holderDid?: (string|null);
                identityKey?: (Uint8Array|null);
                ephemeralKey?: (Uint8Array|null);
                oneTimePrekeyId?: (number|null);
                bundleHash?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                signatureKeyId?: (string|null);
                mac?: (Uint8Array|null);
                confirmation?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.X3dhInit.$Properties;
        }

        interface IKeyConfirmation extends connector_e2e.v1.KeyConfirmation.$Properties {
        }

        class KeyConfirmation {
            constructor(properties?: connector_e2e.v1.KeyConfirmation.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            connectionId: string;
            confirmation: Uint8Array;
            static create(properties: connector_e2e.v1.KeyConfirmation.$Shape): connector_e2e.v1.KeyConfirmation & connector_e2e.v1.KeyConfirmation.$Shape;
            static create(properties?: connector_e2e.v1.KeyConfirmation.$Properties): connector_e2e.v1.KeyConfirmation;
            static encode(message: connector_e2e.v1.KeyConfirmation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.KeyConfirmation & connector_e2e.v1.KeyConfirmation.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.KeyConfirmation;
            static toObject(message: connector_e2e.v1.KeyConfirmation, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyConfirmation {
            interface $Properties {
                version?: (number|null);
                connectionId?: (string|null);
                confirmation?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.KeyConfirmation.$Properties;
        }

        interface IDirectoryBundle extends connector_e2e.v1.DirectoryBundle.$Properties {
        }

        class DirectoryBundle {
            constructor(properties?: connector_e2e.v1.DirectoryBundle.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            did: string;
            identityKey: Uint8Array;
            signedPrekey: Uint8Array;
            signedPrekeyId: number;
            createdAt: number;
            suite: number;
            signature: Uint8Array;
            signatureKeyId: string;
            static create(properties: connector_e2e.v1.DirectoryBundle.$Shape): connector_e2e.v1.DirectoryBundle & connector_e2e.v1.DirectoryBundle.$Shape;
            static create(properties?: connector_e2e.v1.DirectoryBundle.$Properties): connector_e2e.v1.DirectoryBundle;
            static encode(message: connector_e2e.v1.DirectoryBundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.DirectoryBundle & connector_e2e.v1.DirectoryBundle.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.DirectoryBundle;
            static toObject(message: connector_e2e.v1.DirectoryBundle, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DirectoryBundle {
            interface $Properties {
                version?: (number|null);
                did?: (string|null);
                identityKey?: (Uint8Array|null);
                signedPrekey?: (Uint8Array|null);
                signedPrekeyId?: (number|null);
                createdAt?: (number|null);
                suite?: (number|null);
                signature?: (Uint8Array|null);
                signatureKeyId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.DirectoryBundle.$Properties;
        }

        interface IDirectoryPreKeySignature extends connector_e2e.v1.DirectoryPreKeySignature.$Properties {
        }

        class DirectoryPreKeySignature {
            constructor(properties?: connector_e2e.v1.DirectoryPreKeySignature.$Properties);
            $unknowns?: Uint8Array[];
            signature: Uint8Array;
            signatureKeyId: string;
            static create(properties: connector_e2e.v1.DirectoryPreKeySignature.$Shape): connector_e2e.v1.DirectoryPreKeySignature & connector_e2e.v1.DirectoryPreKeySignature.$Shape;
            static create(properties?: connector_e2e.v1.DirectoryPreKeySignature.$Properties): connector_e2e.v1.DirectoryPreKeySignature;
            static encode(message: connector_e2e.v1.DirectoryPreKeySignature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.DirectoryPreKeySignature & connector_e2e.v1.DirectoryPreKeySignature.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.DirectoryPreKeySignature;
            static toObject(message: connector_e2e.v1.DirectoryPreKeySignature, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DirectoryPreKeySignature {
            interface $Properties {
                signature?: (Uint8Array|null);
                signatureKeyId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.DirectoryPreKeySignature.$Properties;
        }

        interface IDirectoryInit extends connector_e2e.v1.DirectoryInit.$Properties {
        }

        class DirectoryInit {
            constructor(properties?: connector_e2e.v1.DirectoryInit.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            connectionId: string;
            responderDid: string;
            signedPrekeyId: number;
            hasOneTimePrekey: boolean;
            oneTimePrekeyId: number;
            initiatorDid: string;
            identityKey: Uint8Array;
            ephemeralKey: Uint8Array;
            signature: Uint8Array;
            signatureKeyId: string;
            confirmation: Uint8Array;
            static create(properties: connector_e2e.v1.DirectoryInit.$Shape): connector_e2e.v1.DirectoryInit & connector_e2e.v1.DirectoryInit.$Shape;
            static create(properties?: connector_e2e.v1.DirectoryInit.$Properties): connector_e2e.v1.DirectoryInit;
            static encode(message: connector_e2e.v1.DirectoryInit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.DirectoryInit & connector_e2e.v1.DirectoryInit.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.DirectoryInit;
            static toObject(message: connector_e2e.v1.DirectoryInit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DirectoryInit {
            interface $Properties {
                version?: (number|null);
                connectionId?: (string|null);
                responderDid?: (string|null);
                signedPrekeyId?: (number|null);
                hasOneTimePrekey?: (boolean|null);
                oneTimePrekeyId?: (number|null);
                initiatorDid?: (string|null);
                identityKey?: (Uint8Array|null);
                ephemeralKey?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                signatureKeyId?: (string|null);
                confirmation?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = connector_e2e.v1.DirectoryInit.$Properties;
        }

        interface IHandshakeMessage extends connector_e2e.v1.HandshakeMessage.$Properties {
        }

        class HandshakeMessage {
            constructor(properties?: connector_e2e.v1.HandshakeMessage.$Properties);
            $unknowns?: Uint8Array[];
            bundle?: (connector_e2e.v1.PreKeyBundle.$Properties|null);
            init?: (connector_e2e.v1.X3dhInit.$Properties|null);
            confirmation?: (connector_e2e.v1.KeyConfirmation.$Properties|null);
            directoryInit?: (connector_e2e.v1.DirectoryInit.$Properties|null);
            body?: ("bundle"|"init"|"confirmation"|"directoryInit");
            static create(properties: connector_e2e.v1.HandshakeMessage.$Shape): connector_e2e.v1.HandshakeMessage & connector_e2e.v1.HandshakeMessage.$Shape;
            static create(properties?: connector_e2e.v1.HandshakeMessage.$Properties): connector_e2e.v1.HandshakeMessage;
            static encode(message: connector_e2e.v1.HandshakeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.v1.HandshakeMessage & connector_e2e.v1.HandshakeMessage.$Shape;
            static fromObject(object: { [k: string]: any }): connector_e2e.v1.HandshakeMessage;
            static toObject(message: connector_e2e.v1.HandshakeMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HandshakeMessage {
            interface $Properties {
                bundle?: (connector_e2e.v1.PreKeyBundle.$Properties|null);
                init?: (connector_e2e.v1.X3dhInit.$Properties|null);
                confirmation?: (connector_e2e.v1.KeyConfirmation.$Properties|null);
                directoryInit?: (connector_e2e.v1.DirectoryInit.$Properties|null);
                body?: ("bundle"|"init"|"confirmation"|"directoryInit");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              bundle?: connector_e2e.v1.PreKeyBundle.$Shape|null;
              init?: connector_e2e.v1.X3dhInit.$Shape|null;
              confirmation?: connector_e2e.v1.KeyConfirmation.$Shape|null;
              directoryInit?: connector_e2e.v1.DirectoryInit.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; bundle?: null; init?: null; confirmation?: null; directoryInit?: null }|{ body?: "bundle"; bundle: connector_e2e.v1.PreKeyBundle.$Shape; init?: null; confirmation?: null; directoryInit?: null }|{ body?: "init"; bundle?: null; init: connector_e2e.v1.X3dhInit.$Shape; confirmation?: null; directoryInit?: null }|{ body?: "confirmation"; bundle?: null; init?: null; confirmation: connector_e2e.v1.KeyConfirmation.$Shape; directoryInit?: null }|{ body?: "directoryInit"; bundle?: null; init?: null; confirmation?: null; directoryInit: connector_e2e.v1.DirectoryInit.$Shape })
            );
        }
    }

    namespace connector {

        namespace v1 {

            interface IRegisterRequest extends connector_e2e.connector.v1.RegisterRequest.$Properties {
            }

            class RegisterRequest {
                constructor(properties?: connector_e2e.connector.v1.RegisterRequest.$Properties);
                $unknowns?: Uint8Array[];
                publicKey: Uint8Array;
                displayName: string;
                logoUrl: string;
                otpProof?: (connector_e2e.connector.v1.OtpProof.$Properties|null);
                static create(properties: connector_e2e.connector.v1.RegisterRequest.$Shape): connector_e2e.connector.v1.RegisterRequest & connector_e2e.connector.v1.RegisterRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.RegisterRequest.$Properties): connector_e2e.connector.v1.RegisterRequest;
                static encode(message: connector_e2e.connector.v1.RegisterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.RegisterRequest & connector_e2e.connector.v1.RegisterRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.RegisterRequest;
                static toObject(message: connector_e2e.connector.v1.RegisterRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RegisterRequest {
                interface $Properties {
                    publicKey?: (Uint8Array|null);
                    displayName?: (string|null);
                    logoUrl?: (string|null);
                    otpProof?: (connector_e2e.connector.v1.OtpProof.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.RegisterRequest.$Properties;
            }

            interface IOtpProof extends connector_e2e.connector.v1.OtpProof.$Properties {
            }

            class OtpProof {
                constructor(properties?: connector_e2e.connector.v1.OtpProof.$Properties);
                $unknowns?: Uint8Array[];
                identifier: string;
                mac: Uint8Array;
                static create(properties: connector_e2e.connector.v1.OtpProof.$Shape): connector_e2e.connector.v1.OtpProof & connector_e2e.connector.v1.OtpProof.$Shape;
                static create(properties?: connector_e2e.connector.v1.OtpProof.$Properties): connector_e2e.connector.v1.OtpProof;
                static encode(message: connector_e2e.connector.v1.OtpProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.OtpProof & connector_e2e.connector.v1.OtpProof.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.OtpProof;
                static toObject(message: connector_e2e.connector.v1.OtpProof, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace OtpProof {
                interface $Properties {
                    identifier?: (string|null);
                    mac?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.OtpProof.$Properties;
            }

            interface IRegisterResponse extends connector_e2e.connector.v1.RegisterResponse.$Properties {
            }

            class RegisterResponse {
                constructor(properties?: connector_e2e.connector.v1.RegisterResponse.$Properties);
                $unknowns?: Uint8Array[];
                participantId: string;
                static create(properties: connector_e2e.connector.v1.RegisterResponse.$Shape): connector_e2e.connector.v1.RegisterResponse & connector_e2e.connector.v1.RegisterResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.RegisterResponse.$Properties): connector_e2e.connector.v1.RegisterResponse;
                static encode(message: connector_e2e.connector.v1.RegisterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.RegisterResponse & connector_e2e.connector.v1.RegisterResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.RegisterResponse;
                static toObject(message: connector_e2e.connector.v1.RegisterResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RegisterResponse {
                interface $Properties {
                    participantId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.RegisterResponse.$Properties;
            }

            interface ICreateTokensRequest extends connector_e2e.connector.v1.CreateTokensRequest.$Properties {
            }

            class CreateTokensRequest {
                constructor(properties?: connector_e2e.connector.v1.CreateTokensRequest.$Properties);
                $unknowns?: Uint8Array[];
                count: number;
                ttlSeconds: number;
                tokens: Uint8Array[];
                static create(properties: connector_e2e.connector.v1.CreateTokensRequest.$Shape): connector_e2e.connector.v1.CreateTokensRequest & connector_e2e.connector.v1.CreateTokensRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.CreateTokensRequest.$Properties): connector_e2e.connector.v1.CreateTokensRequest;
                static encode(message: connector_e2e.connector.v1.CreateTokensRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.CreateTokensRequest & connector_e2e.connector.v1.CreateTokensRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.CreateTokensRequest;
                static toObject(message: connector_e2e.connector.v1.CreateTokensRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateTokensRequest {
                interface $Properties {
                    count?: (number|null);
                    ttlSeconds?: (number|null);
                    tokens?: (Uint8Array[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.CreateTokensRequest.$Properties;
            }

            interface ITokenGrant extends connector_e2e.connector.v1.TokenGrant.$Properties {
            }

            class TokenGrant {
                constructor(properties?: connector_e2e.connector.v1.TokenGrant.$Properties);
                $unknowns?: Uint8Array[];
                token: Uint8Array;
                tokenId: string;
                expiresAt: number;
                static create(properties: connector_e2e.connector.v1.TokenGrant.$Shape): connector_e2e.connector.v1.TokenGrant & connector_e2e.connector.v1.TokenGrant.$Shape;
                static create(properties?: connector_e2e.connector.v1.TokenGrant.$Properties): connector_e2e.connector.v1.TokenGrant;
                static encode(message: connector_e2e.connector.v1.TokenGrant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.TokenGrant & connector_e2e.connector.v1.TokenGrant.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.TokenGrant;
                static toObject(message: connector_e2e.connector.v1.TokenGrant, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TokenGrant {
                interface $Properties {
                    token?: (Uint8Array|null);
                    tokenId?: (string|null);
                    expiresAt?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.TokenGrant.$Properties;
            }

            interface ICreateTokensResponse extends connector_e2e.connector.v1.CreateTokensResponse.$Properties {
            }

            class CreateTokensResponse {
                constructor(properties?: connector_e2e.connector.v1.CreateTokensResponse.$Properties);
                $unknowns?: Uint8Array[];
                tokens: connector_e2e.connector.v1.TokenGrant.$Properties[];
                static create(properties: connector_e2e.connector.v1.CreateTokensResponse.$Shape): connector_e2e.connector.v1.CreateTokensResponse & connector_e2e.connector.v1.CreateTokensResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.CreateTokensResponse.$Properties): connector_e2e.connector.v1.CreateTokensResponse;
                static encode(message: connector_e2e.connector.v1.CreateTokensResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.CreateTokensResponse & connector_e2e.connector.v1.CreateTokensResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.CreateTokensResponse;
                static toObject(message: connector_e2e.connector.v1.CreateTokensResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateTokensResponse {
                interface $Properties {
                    tokens?: (connector_e2e.connector.v1.TokenGrant.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.CreateTokensResponse.$Properties;
            }

            interface ITokenInfoRequest extends connector_e2e.connector.v1.TokenInfoRequest.$Properties {
            }

            class TokenInfoRequest {
                constructor(properties?: connector_e2e.connector.v1.TokenInfoRequest.$Properties);
                $unknowns?: Uint8Array[];
                token: Uint8Array;
                static create(properties: connector_e2e.connector.v1.TokenInfoRequest.$Shape): connector_e2e.connector.v1.TokenInfoRequest & connector_e2e.connector.v1.TokenInfoRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.TokenInfoRequest.$Properties): connector_e2e.connector.v1.TokenInfoRequest;
                static encode(message: connector_e2e.connector.v1.TokenInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.TokenInfoRequest & connector_e2e.connector.v1.TokenInfoRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.TokenInfoRequest;
                static toObject(message: connector_e2e.connector.v1.TokenInfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TokenInfoRequest {
                interface $Properties {
                    token?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.TokenInfoRequest.$Properties;
            }

            interface ITokenInfoResponse extends connector_e2e.connector.v1.TokenInfoResponse.$Properties {
            }

            class TokenInfoResponse {
                constructor(properties?: connector_e2e.connector.v1.TokenInfoResponse.$Properties);
                $unknowns?: Uint8Array[];
                tokenId: string;
                inviterName: string;
                inviterLogoUrl: string;
                expiresAt: number;
                static create(properties: connector_e2e.connector.v1.TokenInfoResponse.$Shape): connector_e2e.connector.v1.TokenInfoResponse & connector_e2e.connector.v1.TokenInfoResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.TokenInfoResponse.$Properties): connector_e2e.connector.v1.TokenInfoResponse;
                static encode(message: connector_e2e.connector.v1.TokenInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.TokenInfoResponse & connector_e2e.connector.v1.TokenInfoResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.TokenInfoResponse;
                static toObject(message: connector_e2e.connector.v1.TokenInfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TokenInfoResponse {
                interface $Properties {
                    tokenId?: (string|null);
                    inviterName?: (string|null);
                    inviterLogoUrl?: (string|null);
                    expiresAt?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.TokenInfoResponse.$Properties;
            }

            interface IAcceptTokenRequest extends connector_e2e.connector.v1.AcceptTokenRequest.$Properties {
            }

            class AcceptTokenRequest {
                constructor(properties?: connector_e2e.connector.v1.AcceptTokenRequest.$Properties);
                $unknowns?: Uint8Array[];
                token: Uint8Array;
                static create(properties: connector_e2e.connector.v1.AcceptTokenRequest.$Shape): connector_e2e.connector.v1.AcceptTokenRequest & connector_e2e.connector.v1.AcceptTokenRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.AcceptTokenRequest.$Properties): connector_e2e.connector.v1.AcceptTokenRequest;
                static encode(message: connector_e2e.connector.v1.AcceptTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.AcceptTokenRequest & connector_e2e.connector.v1.AcceptTokenRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.AcceptTokenRequest;
                static toObject(message: connector_e2e.connector.v1.AcceptTokenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AcceptTokenRequest {
                interface $Properties {
                    token?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.AcceptTokenRequest.$Properties;
            }

            interface IAcceptTokenResponse extends connector_e2e.connector.v1.AcceptTokenResponse.$Properties {
            }

            class AcceptTokenResponse {
                constructor(properties?: connector_e2e.connector.v1.AcceptTokenResponse.$Properties);
                $unknowns?: Uint8Array[];
                connectionId: string;
                tokenId: string;
                static create(properties: connector_e2e.connector.v1.AcceptTokenResponse.$Shape): connector_e2e.connector.v1.AcceptTokenResponse & connector_e2e.connector.v1.AcceptTokenResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.AcceptTokenResponse.$Properties): connector_e2e.connector.v1.AcceptTokenResponse;
                static encode(message: connector_e2e.connector.v1.AcceptTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.AcceptTokenResponse & connector_e2e.connector.v1.AcceptTokenResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.AcceptTokenResponse;
                static toObject(message: connector_e2e.connector.v1.AcceptTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AcceptTokenResponse {
                interface $Properties {
                    connectionId?: (string|null);
                    tokenId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.AcceptTokenResponse.$Properties;
            }

            interface ISendRequest extends connector_e2e.connector.v1.SendRequest.$Properties {
            }

            class SendRequest {
                constructor(properties?: connector_e2e.connector.v1.SendRequest.$Properties);
                $unknowns?: Uint8Array[];
                connectionId: string;
                messageId: string;
                payload: Uint8Array;
                static create(properties: connector_e2e.connector.v1.SendRequest.$Shape): connector_e2e.connector.v1.SendRequest & connector_e2e.connector.v1.SendRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.SendRequest.$Properties): connector_e2e.connector.v1.SendRequest;
                static encode(message: connector_e2e.connector.v1.SendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.SendRequest & connector_e2e.connector.v1.SendRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.SendRequest;
                static toObject(message: connector_e2e.connector.v1.SendRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendRequest {
                interface $Properties {
                    connectionId?: (string|null);
                    messageId?: (string|null);
                    payload?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.SendRequest.$Properties;
            }

            interface ISendResponse extends connector_e2e.connector.v1.SendResponse.$Properties {
            }

            class SendResponse {
                constructor(properties?: connector_e2e.connector.v1.SendResponse.$Properties);
                $unknowns?: Uint8Array[];
                duplicate: boolean;
                expiresAt: number;
                static create(properties: connector_e2e.connector.v1.SendResponse.$Shape): connector_e2e.connector.v1.SendResponse & connector_e2e.connector.v1.SendResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.SendResponse.$Properties): connector_e2e.connector.v1.SendResponse;
                static encode(message: connector_e2e.connector.v1.SendResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.SendResponse & connector_e2e.connector.v1.SendResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.SendResponse;
                static toObject(message: connector_e2e.connector.v1.SendResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendResponse {
                interface $Properties {
                    duplicate?: (boolean|null);
                    expiresAt?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.SendResponse.$Properties;
            }

            interface ISendBatchItem extends connector_e2e.connector.v1.SendBatchItem.$Properties {
            }

            class SendBatchItem {
                constructor(properties?: connector_e2e.connector.v1.SendBatchItem.$Properties);
                $unknowns?: Uint8Array[];
                connectionId: string;
                messageId: string;
                payload: Uint8Array;
                static create(properties: connector_e2e.connector.v1.SendBatchItem.$Shape): connector_e2e.connector.v1.SendBatchItem & connector_e2e.connector.v1.SendBatchItem.$Shape;
                static create(properties?: connector_e2e.connector.v1.SendBatchItem.$Properties): connector_e2e.connector.v1.SendBatchItem;
                static encode(message: connector_e2e.connector.v1.SendBatchItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.SendBatchItem & connector_e2e.connector.v1.SendBatchItem.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.SendBatchItem;
                static toObject(message: connector_e2e.connector.v1.SendBatchItem, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendBatchItem {
                interface $Properties {
                    connectionId?: (string|null);
                    messageId?: (string|null);
                    payload?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.SendBatchItem.$Properties;
            }

            interface ISendBatchRequest extends connector_e2e.connector.v1.SendBatchRequest.$Properties {
            }

            class SendBatchRequest {
                constructor(properties?: connector_e2e.connector.v1.SendBatchRequest.$Properties);
                $unknowns?: Uint8Array[];
                items: connector_e2e.connector.v1.SendBatchItem.$Properties[];
                static create(properties: connector_e2e.connector.v1.SendBatchRequest.$Shape): connector_e2e.connector.v1.SendBatchRequest & connector_e2e.connector.v1.SendBatchRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.SendBatchRequest.$Properties): connector_e2e.connector.v1.SendBatchRequest;
                static encode(message: connector_e2e.connector.v1.SendBatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.SendBatchRequest & connector_e2e.connector.v1.SendBatchRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.SendBatchRequest;
                static toObject(message: connector_e2e.connector.v1.SendBatchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendBatchRequest {
                interface $Properties {
                    items?: (connector_e2e.connector.v1.SendBatchItem.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.SendBatchRequest.$Properties;
            }

            interface ISendBatchResult extends connector_e2e.connector.v1.SendBatchResult.$Properties {
            }

            class SendBatchResult {
                constructor(properties?: connector_e2e.connector.v1.SendBatchResult.$Properties);
                $unknowns?: Uint8Array[];
                duplicate: boolean;
                expiresAt: number;
                error?: (connector_e2e.connector.v1.ErrorBody.$Properties|null);
                static create(properties: connector_e2e.connector.v1.SendBatchResult.$Shape): connector_e2e.connector.v1.SendBatchResult & connector_e2e.connector.v1.SendBatchResult.$Shape;
                static create(properties?: connector_e2e.connector.v1.SendBatchResult.$Properties): connector_e2e.connector.v1.SendBatchResult;
                static encode(message: connector_e2e.connector.v1.SendBatchResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.SendBatchResult & connector_e2e.connector.v1.SendBatchResult.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.SendBatchResult;
                static toObject(message: connector_e2e.connector.v1.SendBatchResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendBatchResult {
                interface $Properties {
                    duplicate?: (boolean|null);
                    expiresAt?: (number|null);
                    error?: (connector_e2e.connector.v1.ErrorBody.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.SendBatchResult.$Properties;
            }

            interface ISendBatchResponse extends connector_e2e.connector.v1.SendBatchResponse.$Properties {
            }

            class SendBatchResponse {
                constructor(properties?: connector_e2e.connector.v1.SendBatchResponse.$Properties);
                $unknowns?: Uint8Array[];
                results: connector_e2e.connector.v1.SendBatchResult.$Properties[];
                static create(properties: connector_e2e.connector.v1.SendBatchResponse.$Shape): connector_e2e.connector.v1.SendBatchResponse & connector_e2e.connector.v1.SendBatchResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.SendBatchResponse.$Properties): connector_e2e.connector.v1.SendBatchResponse;
                static encode(message: connector_e2e.connector.v1.SendBatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.SendBatchResponse & connector_e2e.connector.v1.SendBatchResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.SendBatchResponse;
                static toObject(message: connector_e2e.connector.v1.SendBatchResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendBatchResponse {
                interface $Properties {
                    results?: (connector_e2e.connector.v1.SendBatchResult.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.SendBatchResponse.$Properties;
            }

            enum ItemKind {
                ITEM_KIND_UNSPECIFIED = 0,
                ITEM_KIND_MESSAGE = 1,
                ITEM_KIND_CONNECTION_ACCEPTED = 2,
                ITEM_KIND_MESSAGE_EXPIRED = 3,
                ITEM_KIND_CONNECTION_REVOKED = 4,
                ITEM_KIND_DIRECTORY_CONNECTION = 5
            }

            interface IDelivery extends connector_e2e.connector.v1.Delivery.$Properties {
            }

            class Delivery {
                constructor(properties?: connector_e2e.connector.v1.Delivery.$Properties);
                $unknowns?: Uint8Array[];
                seq: number;
                kind: connector_e2e.connector.v1.ItemKind;
                connectionId: string;
                messageId: string;
                payload: Uint8Array;
                sentAt: number;
                tokenId: string;
                static create(properties: connector_e2e.connector.v1.Delivery.$Shape): connector_e2e.connector.v1.Delivery & connector_e2e.connector.v1.Delivery.$Shape;
                static create(properties?: connector_e2e.connector.v1.Delivery.$Properties): connector_e2e.connector.v1.Delivery;
                static encode(message: connector_e2e.connector.v1.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.Delivery & connector_e2e.connector.v1.Delivery.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.Delivery;
                static toObject(message: connector_e2e.connector.v1.Delivery, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Delivery {
                interface $Properties {
                    seq?: (number|null);
                    kind?: (connector_e2e.connector.v1.ItemKind|null);
                    connectionId?: (string|null);
                    messageId?: (string|null);
                    payload?: (Uint8Array|null);
                    sentAt?: (number|null);
                    tokenId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.Delivery.$Properties;
            }

            interface IFetchRequest extends connector_e2e.connector.v1.FetchRequest.$Properties {
            }

            class FetchRequest {
                constructor(properties?: connector_e2e.connector.v1.FetchRequest.$Properties);
                $unknowns?: Uint8Array[];
                after: number;
                limit: number;
                static create(properties: connector_e2e.connector.v1.FetchRequest.$Shape): connector_e2e.connector.v1.FetchRequest & connector_e2e.connector.v1.FetchRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.FetchRequest.$Properties): connector_e2e.connector.v1.FetchRequest;
                static encode(message: connector_e2e.connector.v1.FetchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.FetchRequest & connector_e2e.connector.v1.FetchRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.FetchRequest;
                static toObject(message: connector_e2e.connector.v1.FetchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FetchRequest {
                interface $Properties {
                    after?: (number|null);
                    limit?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.FetchRequest.$Properties;
            }

            interface IFetchResponse extends connector_e2e.connector.v1.FetchResponse.$Properties {
            }

            class FetchResponse {
                constructor(properties?: connector_e2e.connector.v1.FetchResponse.$Properties);
                $unknowns?: Uint8Array[];
                items: connector_e2e.connector.v1.Delivery.$Properties[];
                nextAfter: number;
                hasMore: boolean;
                static create(properties: connector_e2e.connector.v1.FetchResponse.$Shape): connector_e2e.connector.v1.FetchResponse & connector_e2e.connector.v1.FetchResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.FetchResponse.$Properties): connector_e2e.connector.v1.FetchResponse;
                static encode(message: connector_e2e.connector.v1.FetchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.FetchResponse & connector_e2e.connector.v1.FetchResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.FetchResponse;
                static toObject(message: connector_e2e.connector.v1.FetchResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FetchResponse {
                interface $Properties {
                    items?: (connector_e2e.connector.v1.Delivery.$Properties[]|null);
                    nextAfter?: (number|null);
                    hasMore?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.FetchResponse.$Properties;
            }

            interface IAckRef extends connector_e2e.connector.v1.AckRef.$Properties {
            }

            class AckRef {
                constructor(properties?: connector_e2e.connector.v1.AckRef.$Properties);
                $unknowns?: Uint8Array[];
                connectionId: string;
                messageId: string;
                static create(properties: connector_e2e.connector.v1.AckRef.$Shape): connector_e2e.connector.v1.AckRef & connector_e2e.connector.v1.AckRef.$Shape;
                static create(properties?: connector_e2e.connector.v1.AckRef.$Properties): connector_e2e.connector.v1.AckRef;
                static encode(message: connector_e2e.connector.v1.AckRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.AckRef & connector_e2e.connector.v1.AckRef.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.AckRef;
                static toObject(message: connector_e2e.connector.v1.AckRef, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AckRef {
                interface $Properties {
                    connectionId?: (string|null);
                    messageId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.AckRef.$Properties;
            }

            interface IAckRequest extends connector_e2e.connector.v1.AckRequest.$Properties {
            }

            class AckRequest {
                constructor(properties?: connector_e2e.connector.v1.AckRequest.$Properties);
                $unknowns?: Uint8Array[];
                refs: connector_e2e.connector.v1.AckRef.$Properties[];
                static create(properties: connector_e2e.connector.v1.AckRequest.$Shape): connector_e2e.connector.v1.AckRequest & connector_e2e.connector.v1.AckRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.AckRequest.$Properties): connector_e2e.connector.v1.AckRequest;
                static encode(message: connector_e2e.connector.v1.AckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.AckRequest & connector_e2e.connector.v1.AckRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.AckRequest;
                static toObject(message: connector_e2e.connector.v1.AckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AckRequest {
                interface $Properties {
                    refs?: (connector_e2e.connector.v1.AckRef.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.AckRequest.$Properties;
            }

            interface IAckResponse extends connector_e2e.connector.v1.AckResponse.$Properties {
            }

            class AckResponse {
                constructor(properties?: connector_e2e.connector.v1.AckResponse.$Properties);
                $unknowns?: Uint8Array[];
                deleted: number;
                static create(properties: connector_e2e.connector.v1.AckResponse.$Shape): connector_e2e.connector.v1.AckResponse & connector_e2e.connector.v1.AckResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.AckResponse.$Properties): connector_e2e.connector.v1.AckResponse;
                static encode(message: connector_e2e.connector.v1.AckResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.AckResponse & connector_e2e.connector.v1.AckResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.AckResponse;
                static toObject(message: connector_e2e.connector.v1.AckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AckResponse {
                interface $Properties {
                    deleted?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.AckResponse.$Properties;
            }

            interface IRevokeRequest extends connector_e2e.connector.v1.RevokeRequest.$Properties {
            }

            class RevokeRequest {
                constructor(properties?: connector_e2e.connector.v1.RevokeRequest.$Properties);
                $unknowns?: Uint8Array[];
                connectionId: string;
                static create(properties: connector_e2e.connector.v1.RevokeRequest.$Shape): connector_e2e.connector.v1.RevokeRequest & connector_e2e.connector.v1.RevokeRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.RevokeRequest.$Properties): connector_e2e.connector.v1.RevokeRequest;
                static encode(message: connector_e2e.connector.v1.RevokeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.RevokeRequest & connector_e2e.connector.v1.RevokeRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.RevokeRequest;
                static toObject(message: connector_e2e.connector.v1.RevokeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeRequest {
                interface $Properties {
                    connectionId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.RevokeRequest.$Properties;
            }

            interface IRevokeResponse extends connector_e2e.connector.v1.RevokeResponse.$Properties {
            }

            class RevokeResponse {
                constructor(properties?: connector_e2e.connector.v1.RevokeResponse.$Properties);
                $unknowns?: Uint8Array[];
                deletedMessages: number;
                static create(properties: connector_e2e.connector.v1.RevokeResponse.$Shape): connector_e2e.connector.v1.RevokeResponse & connector_e2e.connector.v1.RevokeResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.RevokeResponse.$Properties): connector_e2e.connector.v1.RevokeResponse;
                static encode(message: connector_e2e.connector.v1.RevokeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.RevokeResponse & connector_e2e.connector.v1.RevokeResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.RevokeResponse;
                static toObject(message: connector_e2e.connector.v1.RevokeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeResponse {
                interface $Properties {
                    deletedMessages?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.RevokeResponse.$Properties;
            }

            interface IOneTimePreKey extends connector_e2e.connector.v1.OneTimePreKey.$Properties {
            }

            class OneTimePreKey {
                constructor(properties?: connector_e2e.connector.v1.OneTimePreKey.$Properties);
                $unknowns?: Uint8Array[];
                id: number;
                publicKey: Uint8Array;
                signature: Uint8Array;
                static create(properties: connector_e2e.connector.v1.OneTimePreKey.$Shape): connector_e2e.connector.v1.OneTimePreKey & connector_e2e.connector.v1.OneTimePreKey.$Shape;
                static create(properties?: connector_e2e.connector.v1.OneTimePreKey.$Properties): connector_e2e.connector.v1.OneTimePreKey;
                static encode(message: connector_e2e.connector.v1.OneTimePreKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.OneTimePreKey & connector_e2e.connector.v1.OneTimePreKey.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.OneTimePreKey;
                static toObject(message: connector_e2e.connector.v1.OneTimePreKey, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace OneTimePreKey {
                interface $Properties {
                    id?: (number|null);
                    publicKey?: (Uint8Array|null);
                    signature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.OneTimePreKey.$Properties;
            }

            interface IPublishPreKeysRequest extends connector_e2e.connector.v1.PublishPreKeysRequest.$Properties {
            }

            class PublishPreKeysRequest {
                constructor(properties?: connector_e2e.connector.v1.PublishPreKeysRequest.$Properties);
                $unknowns?: Uint8Array[];
                bundle: Uint8Array;
                oneTimePrekeys: connector_e2e.connector.v1.OneTimePreKey.$Properties[];
                static create(properties: connector_e2e.connector.v1.PublishPreKeysRequest.$Shape): connector_e2e.connector.v1.PublishPreKeysRequest & connector_e2e.connector.v1.PublishPreKeysRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.PublishPreKeysRequest.$Properties): connector_e2e.connector.v1.PublishPreKeysRequest;
                static encode(message: connector_e2e.connector.v1.PublishPreKeysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.PublishPreKeysRequest & connector_e2e.connector.v1.PublishPreKeysRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.PublishPreKeysRequest;
                static toObject(message: connector_e2e.connector.v1.PublishPreKeysRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishPreKeysRequest {
                interface $Properties {
                    bundle?: (Uint8Array|null);
                    oneTimePrekeys?: (connector_e2e.connector.v1.OneTimePreKey.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.PublishPreKeysRequest.$Properties;
            }

            interface IPublishPreKeysResponse extends connector_e2e.connector.v1.PublishPreKeysResponse.$Properties {
            }

            class PublishPreKeysResponse {
                constructor(properties?: connector_e2e.connector.v1.PublishPreKeysResponse.$Properties);
                $unknowns?: Uint8Array[];
                stock: number;
                static create(properties: connector_e2e.connector.v1.PublishPreKeysResponse.$Shape): connector_e2e.connector.v1.PublishPreKeysResponse & connector_e2e.connector.v1.PublishPreKeysResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.PublishPreKeysResponse.$Properties): connector_e2e.connector.v1.PublishPreKeysResponse;
                static encode(message: connector_e2e.connector.v1.PublishPreKeysResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.PublishPreKeysResponse & connector_e2e.connector.v1.PublishPreKeysResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.PublishPreKeysResponse;
                static toObject(message: connector_e2e.connector.v1.PublishPreKeysResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishPreKeysResponse {
                interface $Properties {
                    stock?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.PublishPreKeysResponse.$Properties;
            }

            interface IDirectoryStockRequest extends connector_e2e.connector.v1.DirectoryStockRequest.$Properties {
            }

            class DirectoryStockRequest {
                constructor(properties?: connector_e2e.connector.v1.DirectoryStockRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: connector_e2e.connector.v1.DirectoryStockRequest.$Shape): connector_e2e.connector.v1.DirectoryStockRequest & connector_e2e.connector.v1.DirectoryStockRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.DirectoryStockRequest.$Properties): connector_e2e.connector.v1.DirectoryStockRequest;
                static encode(message: connector_e2e.connector.v1.DirectoryStockRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.DirectoryStockRequest & connector_e2e.connector.v1.DirectoryStockRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.DirectoryStockRequest;
                static toObject(message: connector_e2e.connector.v1.DirectoryStockRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DirectoryStockRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.DirectoryStockRequest.$Properties;
            }

            interface IDirectoryStockResponse extends connector_e2e.connector.v1.DirectoryStockResponse.$Properties {
            }

            class DirectoryStockResponse {
                constructor(properties?: connector_e2e.connector.v1.DirectoryStockResponse.$Properties);
                $unknowns?: Uint8Array[];
                stock: number;
                bundlePublished: boolean;
                static create(properties: connector_e2e.connector.v1.DirectoryStockResponse.$Shape): connector_e2e.connector.v1.DirectoryStockResponse & connector_e2e.connector.v1.DirectoryStockResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.DirectoryStockResponse.$Properties): connector_e2e.connector.v1.DirectoryStockResponse;
                static encode(message: connector_e2e.connector.v1.DirectoryStockResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.DirectoryStockResponse & connector_e2e.connector.v1.DirectoryStockResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.DirectoryStockResponse;
                static toObject(message: connector_e2e.connector.v1.DirectoryStockResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DirectoryStockResponse {
                interface $Properties {
                    stock?: (number|null);
                    bundlePublished?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.DirectoryStockResponse.$Properties;
            }

            interface IDirectoryAnswer extends connector_e2e.connector.v1.DirectoryAnswer.$Properties {
            }

            class DirectoryAnswer {
                constructor(properties?: connector_e2e.connector.v1.DirectoryAnswer.$Properties);
                $unknowns?: Uint8Array[];
                participantId: string;
                bundle: Uint8Array;
                oneTimePrekey?: (connector_e2e.connector.v1.OneTimePreKey.$Properties|null);
                connectionId: string;
                initiatorId: string;
                issuedAt: number;
                connectorSignature: Uint8Array;
                static create(properties: connector_e2e.connector.v1.DirectoryAnswer.$Shape): connector_e2e.connector.v1.DirectoryAnswer & connector_e2e.connector.v1.DirectoryAnswer.$Shape;
                static create(properties?: connector_e2e.connector.v1.DirectoryAnswer.$Properties): connector_e2e.connector.v1.DirectoryAnswer;
                static encode(message: connector_e2e.connector.v1.DirectoryAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.DirectoryAnswer & connector_e2e.connector.v1.DirectoryAnswer.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.DirectoryAnswer;
                static toObject(message: connector_e2e.connector.v1.DirectoryAnswer, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DirectoryAnswer {
                interface $Properties {
                    participantId?: (string|null);
                    bundle?: (Uint8Array|null);
                    oneTimePrekey?: (connector_e2e.connector.v1.OneTimePreKey.$Properties|null);
                    connectionId?: (string|null);
                    initiatorId?: (string|null);
                    issuedAt?: (number|null);
                    connectorSignature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.DirectoryAnswer.$Properties;
            }

            interface IDirectoryConnectRequest extends connector_e2e.connector.v1.DirectoryConnectRequest.$Properties {
            }

            class DirectoryConnectRequest {
                constructor(properties?: connector_e2e.connector.v1.DirectoryConnectRequest.$Properties);
                $unknowns?: Uint8Array[];
                participantId: string;
                static create(properties: connector_e2e.connector.v1.DirectoryConnectRequest.$Shape): connector_e2e.connector.v1.DirectoryConnectRequest & connector_e2e.connector.v1.DirectoryConnectRequest.$Shape;
                static create(properties?: connector_e2e.connector.v1.DirectoryConnectRequest.$Properties): connector_e2e.connector.v1.DirectoryConnectRequest;
                static encode(message: connector_e2e.connector.v1.DirectoryConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.DirectoryConnectRequest & connector_e2e.connector.v1.DirectoryConnectRequest.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.DirectoryConnectRequest;
                static toObject(message: connector_e2e.connector.v1.DirectoryConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DirectoryConnectRequest {
                interface $Properties {
                    participantId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.DirectoryConnectRequest.$Properties;
            }

            interface IDirectoryConnectResponse extends connector_e2e.connector.v1.DirectoryConnectResponse.$Properties {
            }

            class DirectoryConnectResponse {
                constructor(properties?: connector_e2e.connector.v1.DirectoryConnectResponse.$Properties);
                $unknowns?: Uint8Array[];
                connectionId: string;
                answer?: (connector_e2e.connector.v1.DirectoryAnswer.$Properties|null);
                static create(properties: connector_e2e.connector.v1.DirectoryConnectResponse.$Shape): connector_e2e.connector.v1.DirectoryConnectResponse & connector_e2e.connector.v1.DirectoryConnectResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.DirectoryConnectResponse.$Properties): connector_e2e.connector.v1.DirectoryConnectResponse;
                static encode(message: connector_e2e.connector.v1.DirectoryConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.DirectoryConnectResponse & connector_e2e.connector.v1.DirectoryConnectResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.DirectoryConnectResponse;
                static toObject(message: connector_e2e.connector.v1.DirectoryConnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DirectoryConnectResponse {
                interface $Properties {
                    connectionId?: (string|null);
                    answer?: (connector_e2e.connector.v1.DirectoryAnswer.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.DirectoryConnectResponse.$Properties;
            }

            interface IDirectoryKeyResponse extends connector_e2e.connector.v1.DirectoryKeyResponse.$Properties {
            }

            class DirectoryKeyResponse {
                constructor(properties?: connector_e2e.connector.v1.DirectoryKeyResponse.$Properties);
                $unknowns?: Uint8Array[];
                publicKey: Uint8Array;
                keyId: string;
                static create(properties: connector_e2e.connector.v1.DirectoryKeyResponse.$Shape): connector_e2e.connector.v1.DirectoryKeyResponse & connector_e2e.connector.v1.DirectoryKeyResponse.$Shape;
                static create(properties?: connector_e2e.connector.v1.DirectoryKeyResponse.$Properties): connector_e2e.connector.v1.DirectoryKeyResponse;
                static encode(message: connector_e2e.connector.v1.DirectoryKeyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.DirectoryKeyResponse & connector_e2e.connector.v1.DirectoryKeyResponse.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.DirectoryKeyResponse;
                static toObject(message: connector_e2e.connector.v1.DirectoryKeyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DirectoryKeyResponse {
                interface $Properties {
                    publicKey?: (Uint8Array|null);
                    keyId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.DirectoryKeyResponse.$Properties;
            }

            interface IErrorBody extends connector_e2e.connector.v1.ErrorBody.$Properties {
            }

            class ErrorBody {
                constructor(properties?: connector_e2e.connector.v1.ErrorBody.$Properties);
                $unknowns?: Uint8Array[];
                code: string;
                message: string;
                retryAfterSeconds: number;
                static create(properties: connector_e2e.connector.v1.ErrorBody.$Shape): connector_e2e.connector.v1.ErrorBody & connector_e2e.connector.v1.ErrorBody.$Shape;
                static create(properties?: connector_e2e.connector.v1.ErrorBody.$Properties): connector_e2e.connector.v1.ErrorBody;
                static encode(message: connector_e2e.connector.v1.ErrorBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.ErrorBody & connector_e2e.connector.v1.ErrorBody.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.ErrorBody;
                static toObject(message: connector_e2e.connector.v1.ErrorBody, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ErrorBody {
                interface $Properties {
                    code?: (string|null);
                    message?: (string|null);
                    retryAfterSeconds?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.connector.v1.ErrorBody.$Properties;
            }

            interface IServerFrame extends connector_e2e.connector.v1.ServerFrame.$Properties {
            }

            class ServerFrame {
                constructor(properties?: connector_e2e.connector.v1.ServerFrame.$Properties);
                $unknowns?: Uint8Array[];
                deliveries?: (connector_e2e.connector.v1.FetchResponse.$Properties|null);
                error?: (connector_e2e.connector.v1.ErrorBody.$Properties|null);
                acked?: (connector_e2e.connector.v1.AckResponse.$Properties|null);
                body?: ("deliveries"|"error"|"acked");
                static create(properties: connector_e2e.connector.v1.ServerFrame.$Shape): connector_e2e.connector.v1.ServerFrame & connector_e2e.connector.v1.ServerFrame.$Shape;
                static create(properties?: connector_e2e.connector.v1.ServerFrame.$Properties): connector_e2e.connector.v1.ServerFrame;
                static encode(message: connector_e2e.connector.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.ServerFrame & connector_e2e.connector.v1.ServerFrame.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.ServerFrame;
                static toObject(message: connector_e2e.connector.v1.ServerFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ServerFrame {
                interface $Properties {
                    deliveries?: (connector_e2e.connector.v1.FetchResponse.$Properties|null);
                    error?: (connector_e2e.connector.v1.ErrorBody.$Properties|null);
                    acked?: (connector_e2e.connector.v1.AckResponse.$Properties|null);
                    body?: ("deliveries"|"error"|"acked");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  deliveries?: connector_e2e.connector.v1.FetchResponse.$Shape|null;
                  error?: connector_e2e.connector.v1.ErrorBody.$Shape|null;
                  acked?: connector_e2e.connector.v1.AckResponse.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; deliveries?: null; error?: null; acked?: null }|{ body?: "deliveries"; deliveries: connector_e2e.connector.v1.FetchResponse.$Shape; error?: null; acked?: null }|{ body?: "error"; deliveries?: null; error: connector_e2e.connector.v1.ErrorBody.$Shape; acked?: null }|{ body?: "acked"; deliveries?: null; error?: null; acked: connector_e2e.connector.v1.AckResponse.$Shape })
                );
            }

            interface IClientFrame extends connector_e2e.connector.v1.ClientFrame.$Properties {
            }

            class ClientFrame {
                constructor(properties?: connector_e2e.connector.v1.ClientFrame.$Properties);
                $unknowns?: Uint8Array[];
                ack?: (connector_e2e.connector.v1.AckRequest.$Properties|null);
                body?: "ack";
                static create(properties: connector_e2e.connector.v1.ClientFrame.$Shape): connector_e2e.connector.v1.ClientFrame & connector_e2e.connector.v1.ClientFrame.$Shape;
                static create(properties?: connector_e2e.connector.v1.ClientFrame.$Properties): connector_e2e.connector.v1.ClientFrame;
                static encode(message: connector_e2e.connector.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.connector.v1.ClientFrame & connector_e2e.connector.v1.ClientFrame.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.connector.v1.ClientFrame;
                static toObject(message: connector_e2e.connector.v1.ClientFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ClientFrame {
                interface $Properties {
                    ack?: (connector_e2e.connector.v1.AckRequest.$Properties|null);
                    body?: "ack";
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  ack?: connector_e2e.connector.v1.AckRequest.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; ack?: null }|{ body?: "ack"; ack: connector_e2e.connector.v1.AckRequest.$Shape })
                );
            }
        }
    }

    namespace storage {

        namespace v1 {

            interface IReceiveKeyRecord extends connector_e2e.storage.v1.ReceiveKeyRecord.$Properties {
            }

            class ReceiveKeyRecord {
                constructor(properties?: connector_e2e.storage.v1.ReceiveKeyRecord.$Properties);
                $unknowns?: Uint8Array[];
                keyId: Uint8Array;
                key: Uint8Array;
                next: number;
                seen: Uint8Array;
                static create(properties: connector_e2e.storage.v1.ReceiveKeyRecord.$Shape): connector_e2e.storage.v1.ReceiveKeyRecord & connector_e2e.storage.v1.ReceiveKeyRecord.$Shape;
                static create(properties?: connector_e2e.storage.v1.ReceiveKeyRecord.$Properties): connector_e2e.storage.v1.ReceiveKeyRecord;
                static encode(message: connector_e2e.storage.v1.ReceiveKeyRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.storage.v1.ReceiveKeyRecord & connector_e2e.storage.v1.ReceiveKeyRecord.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.storage.v1.ReceiveKeyRecord;
                static toObject(message: connector_e2e.storage.v1.ReceiveKeyRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReceiveKeyRecord {
                interface $Properties {
                    keyId?: (Uint8Array|null);
                    key?: (Uint8Array|null);
                    next?: (number|null);
                    seen?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.storage.v1.ReceiveKeyRecord.$Properties;
            }

            interface IReceiveEpochRecord extends connector_e2e.storage.v1.ReceiveEpochRecord.$Properties {
            }

            class ReceiveEpochRecord {
                constructor(properties?: connector_e2e.storage.v1.ReceiveEpochRecord.$Properties);
                $unknowns?: Uint8Array[];
                epoch: number;
                chainKey: Uint8Array;
                keys: connector_e2e.storage.v1.ReceiveKeyRecord.$Properties[];
                controlKey: Uint8Array;
                static create(properties: connector_e2e.storage.v1.ReceiveEpochRecord.$Shape): connector_e2e.storage.v1.ReceiveEpochRecord & connector_e2e.storage.v1.ReceiveEpochRecord.$Shape;
                static create(properties?: connector_e2e.storage.v1.ReceiveEpochRecord.$Properties): connector_e2e.storage.v1.ReceiveEpochRecord;
                static encode(message: connector_e2e.storage.v1.ReceiveEpochRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.storage.v1.ReceiveEpochRecord & connector_e2e.storage.v1.ReceiveEpochRecord.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.storage.v1.ReceiveEpochRecord;
                static toObject(message: connector_e2e.storage.v1.ReceiveEpochRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReceiveEpochRecord {
                interface $Properties {
                    epoch?: (number|null);
                    chainKey?: (Uint8Array|null);
                    keys?: (connector_e2e.storage.v1.ReceiveKeyRecord.$Properties[]|null);
                    controlKey?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.storage.v1.ReceiveEpochRecord.$Properties;
            }

            interface IPendingRekeyRecord extends connector_e2e.storage.v1.PendingRekeyRecord.$Properties {
            }

            class PendingRekeyRecord {
                constructor(properties?: connector_e2e.storage.v1.PendingRekeyRecord.$Properties);
                $unknowns?: Uint8Array[];
                epoch: number;
                startedAt: number;
                prekeyPrivate: Uint8Array;
                prekeyPublic: Uint8Array;
                sendKey: Uint8Array;
                receiveKey: Uint8Array;
                confirmOwn: Uint8Array;
                confirmPeer: Uint8Array;
                transcriptHash: Uint8Array;
                receiveKeys: connector_e2e.storage.v1.ReceiveKeyRecord.$Properties[];
                baseEpoch: number;
                rootKey: Uint8Array;
                controlKey: Uint8Array;
                static create(properties: connector_e2e.storage.v1.PendingRekeyRecord.$Shape): connector_e2e.storage.v1.PendingRekeyRecord & connector_e2e.storage.v1.PendingRekeyRecord.$Shape;
                static create(properties?: connector_e2e.storage.v1.PendingRekeyRecord.$Properties): connector_e2e.storage.v1.PendingRekeyRecord;
                static encode(message: connector_e2e.storage.v1.PendingRekeyRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.storage.v1.PendingRekeyRecord & connector_e2e.storage.v1.PendingRekeyRecord.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.storage.v1.PendingRekeyRecord;
                static toObject(message: connector_e2e.storage.v1.PendingRekeyRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PendingRekeyRecord {
                interface $Properties {
                    epoch?: (number|null);
                    startedAt?: (number|null);
                    prekeyPrivate?: (Uint8Array|null);
                    prekeyPublic?: (Uint8Array|null);
                    sendKey?: (Uint8Array|null);
                    receiveKey?: (Uint8Array|null);
                    confirmOwn?: (Uint8Array|null);
                    confirmPeer?: (Uint8Array|null);
                    transcriptHash?: (Uint8Array|null);
                    receiveKeys?: (connector_e2e.storage.v1.ReceiveKeyRecord.$Properties[]|null);
                    baseEpoch?: (number|null);
                    rootKey?: (Uint8Array|null);
                    controlKey?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.storage.v1.PendingRekeyRecord.$Properties;
            }

            interface ISessionRecord extends connector_e2e.storage.v1.SessionRecord.$Properties {
            }

            class SessionRecord {
                constructor(properties?: connector_e2e.storage.v1.SessionRecord.$Properties);
                $unknowns?: Uint8Array[];
                schemaVersion: number;
                connectionId: string;
                role: number;
                transcriptHash: Uint8Array;
                connectionControlKey: Uint8Array;
                confirmed: boolean;
                peerConfirmKey: Uint8Array;
                epoch: number;
                receive?: (connector_e2e.storage.v1.ReceiveEpochRecord.$Properties|null);
                previousReceive?: (connector_e2e.storage.v1.ReceiveEpochRecord.$Properties|null);
                controlSendSequence: number;
                controlReceiveSequence: number;
                resyncTimes: number[];
                mustRekey: boolean;
                rekeyMinEpoch: number;
                pendingRekey?: (connector_e2e.storage.v1.PendingRekeyRecord.$Properties|null);
                sendChainKey: Uint8Array;
                rootKey: Uint8Array;
                connectionRootKey: Uint8Array;
                peerDid: string;
                suite: number;
                static create(properties: connector_e2e.storage.v1.SessionRecord.$Shape): connector_e2e.storage.v1.SessionRecord & connector_e2e.storage.v1.SessionRecord.$Shape;
                static create(properties?: connector_e2e.storage.v1.SessionRecord.$Properties): connector_e2e.storage.v1.SessionRecord;
                static encode(message: connector_e2e.storage.v1.SessionRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connector_e2e.storage.v1.SessionRecord & connector_e2e.storage.v1.SessionRecord.$Shape;
                static fromObject(object: { [k: string]: any }): connector_e2e.storage.v1.SessionRecord;
                static toObject(message: connector_e2e.storage.v1.SessionRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SessionRecord {
                interface $Properties {
                    schemaVersion?: (number|null);
                    connectionId?: (string|null);
                    role?: (number|null);
                    transcriptHash?: (Uint8Array|null);
                    connectionControlKey?: (Uint8Array|null);
                    confirmed?: (boolean|null);
                    peerConfirmKey?: (Uint8Array|null);
                    epoch?: (number|null);
                    receive?: (connector_e2e.storage.v1.ReceiveEpochRecord.$Properties|null);
                    previousReceive?: (connector_e2e.storage.v1.ReceiveEpochRecord.$Properties|null);
                    controlSendSequence?: (number|null);
                    controlReceiveSequence?: (number|null);
                    resyncTimes?: (number[]|null);
                    mustRekey?: (boolean|null);
                    rekeyMinEpoch?: (number|null);
                    pendingRekey?: (connector_e2e.storage.v1.PendingRekeyRecord.$Properties|null);
                    sendChainKey?: (Uint8Array|null);
                    rootKey?: (Uint8Array|null);
                    connectionRootKey?: (Uint8Array|null);
                    peerDid?: (string|null);
                    suite?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = connector_e2e.storage.v1.SessionRecord.$Properties;
            }
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IAny extends google.protobuf.Any.$Properties {
        }

        class Any {
            constructor(properties?: google.protobuf.Any.$Properties);
            $unknowns?: Uint8Array[];
            type_url: string;
            value: Uint8Array;
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Any;
            static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {
            interface $Properties {
                type_url?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Any.$Properties;
        }
    }

    namespace rpc {

        interface IStatus extends google.rpc.Status.$Properties {
        }

        class Status {
            constructor(properties?: google.rpc.Status.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            message: string;
            details: google.protobuf.Any.$Properties[];
            static create(properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
            static create(properties?: google.rpc.Status.$Properties): google.rpc.Status;
            static encode(message: google.rpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status & google.rpc.Status.$Shape;
            static fromObject(object: { [k: string]: any }): google.rpc.Status;
            static toObject(message: google.rpc.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {
            interface $Properties {
                code?: (number|null);
                message?: (string|null);
                details?: (google.protobuf.Any.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.rpc.Status.$Properties;
        }
    }
}
