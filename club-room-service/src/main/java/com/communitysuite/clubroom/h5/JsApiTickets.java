package com.communitysuite.clubroom.h5;

/** The official account's current {@code jsapi_ticket}, with which H5 pages' JS-SDK configs are signed. */
interface JsApiTickets {

    String appId();

    /** @throws JsApiTicketException when WeChat gives none */
    String ticket();

    final class JsApiTicketException extends RuntimeException {

        JsApiTicketException(String message) {
            super(message);
        }
    }
}
