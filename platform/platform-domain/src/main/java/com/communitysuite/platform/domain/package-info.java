/** What the domain code of every service shares and that knows nothing of HTTP: its exceptions. */
package com.communitysuite.platform.domain;
