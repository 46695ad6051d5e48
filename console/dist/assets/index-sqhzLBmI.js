var e,t,n,r,i,a,o,s,c,l,u,d,f,p,m={},h=[],g=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_=Array.isArray;function v(e,t){for(var n in t)e[n]=t[n];return e}function y(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function b(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return x(t,s,i,a,null)}function x(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function S(e){return e.children}function C(e,t){this.props=e,this.context=t}function w(e,t){if(t==null)return e.__?w(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?w(e):null}function ee(e){if(e.__P&&e.__d){var n=e.__v,r=n.__e,i=[],a=[],o=v({},n);o.__v=n.__v+1,t.vnode&&t.vnode(o),se(e.__P,o,n,e.__n,e.__P.namespaceURI,32&n.__u?[r]:null,i,r??w(n),!!(32&n.__u),a),o.__v=n.__v,o.__.__k[o.__i]=o,le(i,o,a),n.__e=n.__=null,o.__e!=r&&T(o)}}function T(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),T(e)}function E(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!D.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(D)}function D(){try{for(var e,t=1;r.length;)r.length>t&&r.sort(o),e=r.shift(),t=r.length,ee(e)}finally{r.length=D.__r=0}}function te(e,t,n,r,i,a,o,s,c,l,u){var d,f,p,g,_,v,y=r&&r.__k||h,b=t.length;for(c=ne(n,t,y,c,b),d=0;d<b;d++)(p=n.__k[d])!=null&&(f=p.__i!=-1&&y[p.__i]||m,p.__i=d,v=se(e,p,f,i,a,o,s,c,l,u),g=p.__e,p.ref&&f.ref!=p.ref&&(f.ref&&de(f.ref,null,p),u.push(p.ref,p.__c||g,p)),_==null&&g!=null&&(_=g),4&p.__u?(c=O(p,c,e),f.__e&&(f.__e=null)):typeof p.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),p.__u&=-7);return n.__e=_,c}function ne(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?o=e.__k[a]=x(null,o,null,null,null):_(o)?o=e.__k[a]=x(S,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[a]=x(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[a]=o,c=a+f,o.__=e,o.__b=e.__b+1,s=null,(l=o.__i=re(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=w(s)),A(s,s));return r}function O(e,t,n){var r,i;if(typeof e.type==`function`){for(r=e.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=e,t=O(r[i],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=w(e)),t=n.insertBefore(e.__e,t||null));do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function re(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function ie(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||g.test(t)?n:n+`px`}function ae(e,t,n,r,i){var a,o;e:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||ie(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||ie(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(u,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n[l]=r[l]:(n[l]=d,e.addEventListener(t,a?p:f,a)):e.removeEventListener(t,a?p:f,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break e}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function oe(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n[c]==null)n[c]=d++;else if(n[c]<r[l])return;return r(t.event?t.event(n):n)}}}function se(e,n,r,i,a,o,s,c,l,u){var d,f,p,m,g,b,x,ee,T,E,D,ne,O,re,ie,ae,oe=n.type;if(n.constructor!==void 0)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);e:if(typeof oe==`function`){f=s.length;try{if(T=n.props,E=oe.prototype&&oe.prototype.render,D=(d=oe.contextType)&&i[d.__c],ne=d?D?D.props.value:d.__:i,r.__c?ee=(p=n.__c=r.__c).__=p.__E:(E?n.__c=p=new oe(T,ne):(n.__c=p=new C(T,ne),p.constructor=oe,p.render=j),D&&D.sub(p),p.state||(p.state={}),p.__n=i,m=p.__d=!0,p.__h=[],p._sb=[]),E&&p.__s==null&&(p.__s=p.state),E&&oe.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=v({},p.__s)),v(p.__s,oe.getDerivedStateFromProps(T,p.__s))),g=p.props,b=p.state,p.__v=n,m)E&&oe.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),E&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(E&&oe.getDerivedStateFromProps==null&&T!==g&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(T,ne),n.__v==r.__v||!p.__e&&p.shouldComponentUpdate!=null&&!1===p.shouldComponentUpdate(T,p.__s,ne)){n.__v!=r.__v&&(p.props=T,p.state=p.__s,p.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),h.push.apply(p.__h,p._sb),p._sb=[],p.__h.length&&s.push(p),c=w(r);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(T,p.__s,ne),E&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(g,b,x)})}if(p.context=ne,p.props=T,p.__P=e,p.__e=!1,O=t.__r,re=0,E)p.state=p.__s,p.__d=!1,O&&O(n),d=p.render(p.props,p.state,p.context),h.push.apply(p.__h,p._sb),p._sb=[];else do p.__d=!1,O&&O(n),d=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++re<25);p.state=p.__s,p.getChildContext!=null&&(i=v(v({},i),p.getChildContext())),E&&!m&&p.getSnapshotBeforeUpdate!=null&&(x=p.getSnapshotBeforeUpdate(g,b)),ie=d!=null&&d.type===S&&d.key==null?k(d.props.children):d,c=te(e,_(ie)?ie:[ie],n,r,i,a,o,s,c,l,u),p.base=n.__e,n.__u&=-161,p.__h.length&&s.push(p),ee&&(p.__E=p.__=null)}catch(e){if(s.length=f,n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o!=null&&(o[o.indexOf(c)]=null),n.__e=c}else if(o!=null)for(ae=o.length;ae--;)y(o[ae])}else n.__e=r.__e;n.__k??=r.__k||[],e.then||ce(n),t.__e(e,n,r)}}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=ue(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function ce(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ce))}function le(e,n,r){for(var i=0;i<r.length;i++)de(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function k(e){return typeof e!=`object`||!e||e.__b>0?e:_(e)?e.map(k):e.constructor===void 0?v({},e):null}function ue(n,r,i,a,o,s,c,l,u){var d,f,p,h,g,v,b,x=i.props||m,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(d=0;d<s.length;d++)if((g=s[d])&&`setAttribute`in g==!!C&&(C?g.localName==C:g.nodeType==3)){n=g,s[d]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s=C==`textarea`&&S.defaultValue!=null?null:s&&e.call(n.childNodes),!l&&s!=null)for(x={},d=0;d<n.attributes.length;d++)x[(g=n.attributes[d]).name]=g.value;for(d in x)g=x[d],d==`dangerouslySetInnerHTML`?p=g:d==`children`||d in S||d==`value`&&`defaultValue`in S||d==`checked`&&`defaultChecked`in S||ae(n,d,null,g,o);for(d in S)g=S[d],d==`children`?h=g:d==`dangerouslySetInnerHTML`?f=g:d==`value`?v=g:d==`checked`?b=g:l&&typeof g!=`function`||x[d]===g||ae(n,d,g,x[d],o);if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[];else if(p&&(n.innerHTML=``),te(r.type==`template`?n.content:n,_(h)?h:[h],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&w(i,0),l,u),s!=null)for(d=s.length;d--;)y(s[d]);l&&C!=`textarea`||(d=`value`,C==`progress`&&v==null?n.removeAttribute(`value`):v!=null&&(v!==n[d]||C==`progress`&&!v||C==`option`&&v!=x[d])&&ae(n,d,v,x[d],o),d=`checked`,b!=null&&b!=n[d]&&ae(n,d,b,x[d],o))}return n}function de(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function A(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||de(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&A(i[a],n,r||typeof e.type!=`function`);r||y(e.__e),e.__c=e.__=e.__e=void 0}function j(e,t,n){return this.constructor(e,n)}function fe(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],se(r,n=(!a&&i||r).__k=b(S,null,[n]),o||m,m,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),le(s,n,c),n.props.children=null}e=h.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,C.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=v({},this.state);typeof e==`function`&&(e=e(v({},n),this.props)),e&&v(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),E(this))},C.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),E(this))},C.prototype.render=S,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},D.__r=0,s=Math.random().toString(8),c=`__d`+s,l=`__a`+s,u=/(PointerCapture)$|Capture$/i,d=0,f=oe(!1),p=oe(!0);var pe,M,me,he,ge=0,_e=[],ve=t,ye=ve.__b,be=ve.__r,xe=ve.diffed,Se=ve.__c,Ce=ve.unmount,we=ve.__;function Te(e,t){ve.__h&&ve.__h(M,e,ge||t),ge=0;var n=M.__H||(M.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function N(e){return ge=1,P(Ie,e)}function P(e,t,n){var r=Te(pe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ie(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=!1,o=r.__c.props!==e;if(r.__c.__H.__.some(function(e){if(e.__N){i=!0;var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a){var s=a.call(this,e,t,n);return i?s||o:s}return!i||o};M.__f=!0;var a=M.shouldComponentUpdate,o=M.componentWillUpdate;M.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},M.shouldComponentUpdate=i}return r.__N||r.__}function F(e,t){var n=Te(pe++,3);!ve.__s&&Fe(n.__H,t)&&(n.__=e,n.u=t,M.__H.__h.push(n))}function Ee(e){return ge=5,De(function(){return{current:e}},[])}function De(e,t){var n=Te(pe++,7);return Fe(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Oe(e,t){return ge=8,De(function(){return e},t)}function ke(){var e=Te(pe++,11);if(!e.__){for(var t=M.__v;t!==null&&!t.__m&&t.__!==null;)t=t.__;var n=t.__m||(t.__m=[0,0]);e.__=`P`+n[0]+`-`+n[1]++}return e.__}function Ae(){for(var e;e=_e.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ne),t.__h.some(Pe),t.__h=[]}catch(n){t.__h=[],ve.__e(n,e.__v)}}}ve.__b=function(e){M=null,ye&&ye(e)},ve.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),we&&we(e,t)},ve.__r=function(e){be&&be(e),pe=0;var t=(M=e.__c).__H;t&&(me===M?(t.__h=[],M.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.some(Ne),t.__h.some(Pe),t.__h=[],pe=0)),me=M},ve.diffed=function(e){xe&&xe(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(_e.push(t)!==1&&he===ve.requestAnimationFrame||((he=ve.requestAnimationFrame)||Me)(Ae)),t.__H.__.some(function(e){e.u&&=(e.__H=e.u,void 0)})),me=M=null},ve.__c=function(e,t){t.some(function(e){try{e.__h.some(Ne),e.__h=e.__h.filter(function(e){return!e.__||Pe(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],ve.__e(n,e.__v)}}),Se&&Se(e,t)},ve.unmount=function(e){Ce&&Ce(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(e){try{Ne(e)}catch(e){t=e}}),n.__H=void 0,t&&ve.__e(t,n.__v))};var je=typeof requestAnimationFrame==`function`;function Me(e){var t,n=function(){clearTimeout(r),je&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);je&&(t=requestAnimationFrame(n))}function Ne(e){var t=M,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),M=t}function Pe(e){var t=M;e.__c=e.__(),M=t}function Fe(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Ie(e,t){return typeof t==`function`?t(e):t}function Le(e){let t=e,n=new Set;return{get:()=>t,set(e){t=e;for(let e of[...n])e(t)},subscribe(e){return n.add(e),()=>n.delete(e)}}}function Re(e){let[t,n]=N(e.get());return F(()=>(n(e.get()),e.subscribe(n)),[e]),t}var ze=class extends Error{code=`CANCELLED`;constructor(){super(`Cancelled.`)}};function Be(e){if(e&&typeof e==`object`&&`code`in e&&typeof e.code==`string`)return e.code}function Ve(e){let t=Math.max(1,Math.ceil(e));if(t<60)return`${t} second${t===1?``:`s`}`;let n=Math.ceil(t/60);if(n<60)return`${n} minute${n===1?``:`s`}`;let r=Math.floor(n/60),i=n%60;return`${r} hour${r===1?``:`s`}${i?` ${i} minute${i===1?``:`s`}`:``}`}var He={email:`email address`,newEmail:`email address`,username:`username`};function Ue(e){if(!e)return;let t=e.split(`.`).pop()??e;return He[t]??t}function We(e){let t=e&&typeof e==`object`?e:{},n=typeof t.message==`string`&&t.message.trim()?t.message.trim():``;switch(t.code){case`CANCELLED`:return`Cancelled: nothing was changed.`;case`UNAUTHENTICATED`:return`You are signed out. Please sign in again.`;case`FORBIDDEN`:return n&&!/^forbidden\.?$/i.test(n)?n:`You are not allowed to do that.`;case`BAD_USER_INPUT`:return n||`Please check what you entered.`;case`INVALID_CREDENTIALS`:return`Wrong username, email or password.`;case`INVALID_TOKEN`:return`This link or code is invalid, has expired, or was already used.`;case`INVALID_MFA_CODE`:return`That code is wrong or was already used. Check your authenticator app and try again.`;case`CONFLICT`:{let e=Ue(t.field);return e?`That ${e} is already taken.`:`That value is already taken.`}case`RATE_LIMITED`:return typeof t.retryAfter==`number`?`Too many attempts. Please wait ${Ve(t.retryAfter)} and try again.`:`Too many attempts. Please wait a little and try again.`;case`NOT_FOUND`:return`Not found: it may have been deleted.`;case`QUERY_TOO_COMPLEX`:return`The request was too large for the server.`;case`REAUTHENTICATION_REQUIRED`:return`Please confirm your password to continue.`;case`INTERNAL_SERVER_ERROR`:return`Something went wrong on the server. Please try again later.`;case`NETWORK_ERROR`:return`Cannot reach the server. Check your connection and try again.`;default:return e instanceof TypeError?`Cannot reach the server. Check your connection and try again.`:n||`Something went wrong. Please try again.`}}var Ge=0,Ke=Le(null);function I(e,t,n={}){Ke.set({kind:e,text:t,code:n.code,sticky:n.sticky??!1,seq:++Ge,at:Date.now()})}function qe(e){I(`error`,We(e),{code:Be(e)??`ERROR`})}function Je(){Ke.set(null)}function Ye(){let e=Ke.get();e&&(e.sticky?Ke.set({...e,sticky:!1}):Date.now()-e.at>1500&&Ke.set(null))}function Xe(e){let t=e.replace(/-/g,`+`).replace(/_/g,`/`),n=t+`=`.repeat((4-t.length%4)%4),r=atob(n),i=new Uint8Array(r.length);for(let e=0;e<r.length;e++)i[e]=r.charCodeAt(e);return i.buffer}function Ze(e){let t=e instanceof ArrayBuffer?new Uint8Array(e):new Uint8Array(e.buffer,e.byteOffset,e.byteLength),n=``;for(let e of t)n+=String.fromCharCode(e);return btoa(n).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function Qe(e){if(Array.isArray(e))return e.map(e=>({...e,type:`public-key`,id:Xe(e.id)}))}function $e(e){let t=JSON.parse(e).publicKey,n=t.user;return{publicKey:{...t,challenge:Xe(t.challenge),user:{...n,id:Xe(n.id)},excludeCredentials:Qe(t.excludeCredentials)}}}function et(e,t,n){let r=JSON.parse(e).publicKey,i={publicKey:{...r,challenge:Xe(r.challenge),allowCredentials:Qe(r.allowCredentials)??[]}};return t&&(i.mediation=`conditional`),n&&(i.signal=n),i}function tt(e){if(!e)throw Error(`The authenticator returned no credential.`);let t=e;if(typeof t.toJSON==`function`)return JSON.stringify(t.toJSON());let n=t.response,r={id:t.id,rawId:Ze(t.rawId),type:t.type,clientExtensionResults:t.getClientExtensionResults?.()??{},response:{clientDataJSON:Ze(n.clientDataJSON)}},i=r.response;if(`attestationObject`in n){i.attestationObject=Ze(n.attestationObject);let e=n.getTransports?.();e&&(i.transports=e)}else{i.authenticatorData=Ze(n.authenticatorData),i.signature=Ze(n.signature);let e=n.userHandle;e&&(i.userHandle=Ze(e))}return JSON.stringify(r)}var L=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},nt=new L(`
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}
    `,{fragmentName:`QuoteFields`}),rt=new L(`
    fragment SessionFields on Session {
  id
  createdAt
  lastUsedAt
  userAgent
  ip
  current
}
    `,{fragmentName:`SessionFields`}),it=new L(`
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
    `,{fragmentName:`SecurityEventFields`}),at=new L(`
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}
    `,{fragmentName:`ProviderIdentityFields`}),ot=new L(`
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
    `,{fragmentName:`UserFields`}),st=new L(`
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{fragmentName:`AuthPayloadFields`}),ct=new L(`
    fragment LoginResultFields on LoginResult {
  __typename
  ... on AuthPayload {
    ...AuthPayloadFields
  }
  ... on MfaChallenge {
    mfaToken
    expiresIn
  }
  ... on LinkRequired {
    linkToken
    provider
    email
    expiresIn
  }
  ... on EmailRequired {
    signUpToken
    provider
    suggestedEmail: email
    expiresIn
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{fragmentName:`LoginResultFields`}),lt=new L(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `,{fragmentName:`PageInfoFields`}),ut=new L(`
    fragment PasskeyFields on Passkey {
  id
  name
  createdAt
  lastUsedAt
  backupEligible
  backedUp
}
    `,{fragmentName:`PasskeyFields`}),dt=new L(`
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}
    `,{fragmentName:`PasskeyCeremonyFields`}),ft={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    emailVerified\n    role\n    createdAt\n    disabled\n    totpEnabled\n    hasPassword\n  }\n":ot,"\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    tokenType\n    expiresIn\n    deviceToken\n    user {\n      ...UserFields\n    }\n  }\n":st,"\n  fragment QuoteFields on Quote {\n    id\n    text\n    author\n    createdAt\n    updatedAt\n  }\n":nt,"\n  fragment SessionFields on Session {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ip\n    current\n  }\n":rt,"\n  fragment SecurityEventFields on SecurityEvent {\n    id\n    at\n    kind\n    ip\n    userAgent\n    detail\n  }\n":it,"\n  fragment ProviderIdentityFields on ProviderIdentity {\n    provider\n    providerName\n    email\n    login\n    linkedAt\n    lastUsedAt\n  }\n":at,"\n  fragment LoginResultFields on LoginResult {\n    __typename\n    ... on AuthPayload {\n      ...AuthPayloadFields\n    }\n    ... on MfaChallenge {\n      mfaToken\n      expiresIn\n    }\n    ... on LinkRequired {\n      linkToken\n      provider\n      email\n      expiresIn\n    }\n    ... on EmailRequired {\n      signUpToken\n      provider\n      # An alias: LinkRequired.email is String!, this one may be null.\n      suggestedEmail: email\n      expiresIn\n    }\n  }\n":ct,"\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n":lt,"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":new L(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:e0c9942513811c0561fffcdfa51e17e7c1b4b6a3d3ba66f916d9832f8dcb4c1b`}),"\n  query Sessions {\n    sessions {\n      ...SessionFields\n    }\n  }\n":new L(`
    query Sessions {
  sessions {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  createdAt
  lastUsedAt
  userAgent
  ip
  current
}`,{hash:`sha256:28e5a704c6940338cf5d47cfa5db4c5a82fe3e96ffc5143e8d801a7f1c5914a4`}),"\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n":new L(`
    query Quote($id: ID!) {
  quote(id: $id) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}`,{hash:`sha256:6474b0f39e831616953e803bfe3308bfec0d7fbf23b104b680efcc1c5d2d4322`}),"\n  query Quotes(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: QuoteFilter\n    $withTotalCount: Boolean! = false\n  ) {\n    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      nodes {\n        ...QuoteFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n":new L(`
    query Quotes($first: Int, $after: String, $last: Int, $before: String, $filter: QuoteFilter, $withTotalCount: Boolean! = false) {
  quotes(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    nodes {
      ...QuoteFields
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount @include(if: $withTotalCount)
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:edc9b467db293381309dfca9568221e533b611ade3599233552a33d68bdcf640`}),"\n  query ErrorCodes {\n    errorCodes\n  }\n":new L(`
    query ErrorCodes {
  errorCodes
}
    `,{hash:`sha256:fb4da7c5b71a8e82107b926783950415606e315ad9753ce5726206a78c525c92`}),"\n  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n":new L(`
    query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {
  users(first: $first, after: $after, search: $search) {
    nodes {
      ...UserFields
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount @include(if: $withTotalCount)
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:677d8850fa57d740c528fb1dcadd2e0ba4391425f50aff5a6279005ba646933a`}),"\n  query SignInActivity($days: Int = 30) {\n    signInActivity(days: $days) {\n      day\n      succeeded\n      failed\n    }\n  }\n":new L(`
    query SignInActivity($days: Int = 30) {
  signInActivity(days: $days) {
    day
    succeeded
    failed
  }
}
    `,{hash:`sha256:1b7dd89264a4b4a07716d855044d41a7caf2ca983bcb356a06c691528e1a1069`}),"\n  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {\n    me {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount @include(if: $withTotalCount)\n      }\n    }\n  }\n":new L(`
    query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {
  me {
    id
    securityEvents(first: $first, after: $after) {
      nodes {
        ...SecurityEventFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount @include(if: $withTotalCount)
    }
  }
}
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:55fb92848455f658df488b5bc277a284daf79778e4ec5974bc3d4d018f7c4c75`}),"\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n":new L(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:263ee906e2558ef13d19ae88f6e06429154434ef6a695b7cb5078a6a9791afc1`}),"\n  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {\n    user(id: $id) {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n":new L(`
    query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {
  user(id: $id) {
    id
    securityEvents(first: $first, after: $after) {
      nodes {
        ...SecurityEventFields
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
}
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:eec088e363c846cb1233ce110d8d08d0f718836042c884e3efd09dc5ca4e8b8e`}),"\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:9ef1a55ec0ad0e37bd7f3177687b9aafab62bc2ba2d2fe0802cc653298f9a638`}),"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...AuthPayloadFields\n      }\n      ... on MfaChallenge {\n        mfaToken\n        expiresIn\n      }\n    }\n  }\n":new L(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthPayload {
      ...AuthPayloadFields
    }
    ... on MfaChallenge {
      mfaToken
      expiresIn
    }
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:904256abdf7bc869d152590b2a52abf5e982213be20756c4422dc3d1677f67a6`}),"\n  mutation Refresh($refreshToken: String) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation Refresh($refreshToken: String) {
  refresh(refreshToken: $refreshToken) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:5197d4f5d60de5d273b52ab1067f8fcad7fb01df1b4ef7e8ce64ea3592e3fbcd`}),"\n  mutation Logout($scope: LogoutScope = LOCAL) {\n    logout(scope: $scope)\n  }\n":new L(`
    mutation Logout($scope: LogoutScope = LOCAL) {
  logout(scope: $scope)
}
    `,{hash:`sha256:a925af94c71df6e3f25d47ddd5f8ada997b8d86752e3e5bd546aa0f600ae62fd`}),"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n":new L(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `,{hash:`sha256:0da1f5ad6ca30b47e1cb2c8f9b833664fb3647a47c585080a1a7fa8bc04c825c`}),"\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation Reauthenticate($password: String!, $code: String) {
  reauthenticate(password: $password, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:53471027e90fbdfa88b0f08a68443033a1b98f69a8917e9fa9d62ffb78d2b3f2`}),"\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:3ef1961f5cdcb9db5744813387b6b8c7adaeb6e0cb73116003036d4f14296a9e`}),"\n  mutation DeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n":new L(`
    mutation DeleteAccount($password: String) {
  deleteAccount(password: $password)
}
    `,{hash:`sha256:d655a0470c79c86cb07299dc0eda6a1724e8dad3dee3808bc7a77e5448df3a86`}),"\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n":new L(`
    mutation EnrollTotp {
  enrollTotp {
    secret
    otpauthUrl
    qrCodeDataUrl
  }
}
    `,{hash:`sha256:e994a5872a45b09de1997c606dd5a1bf820fb6a4c29797e2ebf13c840ee2f86d`}),"\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n":new L(`
    mutation ConfirmTotp($code: String!) {
  confirmTotp(code: $code)
}
    `,{hash:`sha256:e7d28405089723136224c2bbcc4e2b4006168a2e664eed7629f72f208e4c66c5`}),"\n  mutation VerifyTotp($mfaToken: String!, $code: String!) {\n    verifyTotp(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation VerifyTotp($mfaToken: String!, $code: String!) {
  verifyTotp(mfaToken: $mfaToken, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:96f0932268372e1a712d3d960cf347dd83d6e6ac77d7579c3171126912f6f320`}),"\n  mutation DisableTotp($password: String, $code: String!) {\n    disableTotp(password: $password, code: $code) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation DisableTotp($password: String, $code: String!) {
  disableTotp(password: $password, code: $code) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:23d29d54b7cc842ca5f284464119286987a9ee3cb65d177337781396768e858c`}),"\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n":new L(`
    mutation RegenerateRecoveryCodes($code: String!) {
  regenerateRecoveryCodes(code: $code)
}
    `,{hash:`sha256:3be4b1df016f13ea55a13b1efcec613b6256da9c20cd54abcc26c96edb339e6a`}),"\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n":new L(`
    mutation RequestEmailVerification {
  requestEmailVerification
}
    `,{hash:`sha256:546ead34ed3d0d05a2c2552be8f05d2829f66bdc1c12611666dce7167dbb09cc`}),"\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:9a057bfb0044ca7142030d18e0af19e16ead68c1baca3451c8172d3f4823d0d6`}),"\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n":new L(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `,{hash:`sha256:5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72`}),"\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n":new L(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `,{hash:`sha256:fe56b8aec7a3b8e3dff83ca568801466f6c64e0c19b90c04e75ad25dd3d65c57`}),"\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n":new L(`
    mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {
  requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
}
    `,{hash:`sha256:40308c1b915b5635500511a2ba730809ac29fedcb976ef1fb34397011a3d364f`}),"\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:167afe429ab1b16266f115da84650cd955f92e7253af7aaa0c92f8731934e8af`}),"\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n":new L(`
    mutation CreateQuote($input: CreateQuoteInput!) {
  createQuote(input: $input) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}`,{hash:`sha256:d206ae6bbc10bad4cd26776be5d32ecf48f8dcf2f710f6392e6c56d14c99cfb2`}),"\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteFields\n    }\n  }\n":new L(`
    mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
  updateQuote(id: $id, input: $input) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}`,{hash:`sha256:b66ac58f1a87d4e836dd7f8cf7f2ae76fb028abe4102dedd1cb679999a038b4a`}),"\n  mutation DeleteQuote($id: ID!) {\n    deleteQuote(id: $id)\n  }\n":new L(`
    mutation DeleteQuote($id: ID!) {
  deleteQuote(id: $id)
}
    `,{hash:`sha256:febc10f7cc88bcfbe0db35a6c76af9e20f555967fc5ea858fe6acce19d53a63c`}),"\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:6d6d49bf3c7196c9f981acb44aa1c500514de8871b1e5f9c7df5bdbef0b8e487`}),"\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    adminResetPassword(userId: $userId, newPassword: $newPassword)\n  }\n":new L(`
    mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
  adminResetPassword(userId: $userId, newPassword: $newPassword)
}
    `,{hash:`sha256:285a7285adbd62678d1d7250d31ef1d5a6429325874dacfd7d1637411d2df9e7`}),"\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
  setUserDisabled(userId: $userId, disabled: $disabled) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:1a690ff06a4572d10791de76cb10ded1575007470f0419587dc364854a93e2ed`}),"\n  mutation AdminResetTwoFactor($userId: ID!) {\n    adminResetTwoFactor(userId: $userId) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation AdminResetTwoFactor($userId: ID!) {
  adminResetTwoFactor(userId: $userId) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:5db12465e802ce8f9e09c71609820e9ed91ca9e03f2341585d03b80be59bac7e`}),"\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      startUrl\n    }\n  }\n":new L(`
    query SignInProviders {
  signInProviders {
    id
    name
    startUrl
  }
}
    `,{hash:`sha256:4daabf86aedc6c74e242490e1b475f72a8731781adc47b96f091489771e8d0b7`}),"\n  query ProviderIdentities {\n    providerIdentities {\n      ...ProviderIdentityFields\n    }\n  }\n":new L(`
    query ProviderIdentities {
  providerIdentities {
    ...ProviderIdentityFields
  }
}
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}`,{hash:`sha256:f83a107738304715f1d87286f9049eb03499256f3c4b8ab101c5940b1bece496`}),"\n  mutation FinishProviderSignIn($providerCode: String!) {\n    finishProviderSignIn(providerCode: $providerCode) {\n      ...LoginResultFields\n    }\n  }\n":new L(`
    mutation FinishProviderSignIn($providerCode: String!) {
  finishProviderSignIn(providerCode: $providerCode) {
    ...LoginResultFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}
fragment LoginResultFields on LoginResult {
  __typename
  ... on AuthPayload {
    ...AuthPayloadFields
  }
  ... on MfaChallenge {
    mfaToken
    expiresIn
  }
  ... on LinkRequired {
    linkToken
    provider
    email
    expiresIn
  }
  ... on EmailRequired {
    signUpToken
    provider
    suggestedEmail: email
    expiresIn
  }
}`,{hash:`sha256:fa34ba1eb20e8575900421d09465e21fbac9921a67fec92d3737161d557a5360`}),"\n  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {\n    requestProviderSignUp(signUpToken: $signUpToken, email: $email)\n  }\n":new L(`
    mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {
  requestProviderSignUp(signUpToken: $signUpToken, email: $email)
}
    `,{hash:`sha256:9ac88b515927620ef85df4ab9a7ddae162bff8ea8fcfc23d8519384bc72758e8`}),"\n  mutation ConfirmProviderSignUp($token: String!) {\n    confirmProviderSignUp(token: $token) {\n      ...LoginResultFields\n    }\n  }\n":new L(`
    mutation ConfirmProviderSignUp($token: String!) {
  confirmProviderSignUp(token: $token) {
    ...LoginResultFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}
fragment LoginResultFields on LoginResult {
  __typename
  ... on AuthPayload {
    ...AuthPayloadFields
  }
  ... on MfaChallenge {
    mfaToken
    expiresIn
  }
  ... on LinkRequired {
    linkToken
    provider
    email
    expiresIn
  }
  ... on EmailRequired {
    signUpToken
    provider
    suggestedEmail: email
    expiresIn
  }
}`,{hash:`sha256:c9888da1869fb0c3e91fe72b9713129da3e7ac92688068f8179ad75dc10c2df9`}),"\n  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {\n    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {
  confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:8c857a5f709ae0ccc75da9f8cca8379557c20af104962cdec9b38c990dd30ff7`}),"\n  mutation LinkProvider($providerCode: String!) {\n    linkProvider(providerCode: $providerCode) {\n      ...ProviderIdentityFields\n    }\n  }\n":new L(`
    mutation LinkProvider($providerCode: String!) {
  linkProvider(providerCode: $providerCode) {
    ...ProviderIdentityFields
  }
}
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}`,{hash:`sha256:d9c2c88432679398a7a997dfc81873776473b575b1e63344fd9d5bd5da02223f`}),"\n  mutation UnlinkProvider($provider: ID!) {\n    unlinkProvider(provider: $provider) {\n      ...ProviderIdentityFields\n    }\n  }\n":new L(`
    mutation UnlinkProvider($provider: ID!) {
  unlinkProvider(provider: $provider) {
    ...ProviderIdentityFields
  }
}
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}`,{hash:`sha256:1c8864f685e98eef331f9b29178ac810bd9cee4bea4ad677c7f4ff399df0657c`}),"\n  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {\n    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {
  reauthenticateWithProvider(providerCode: $providerCode, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:ca53bdc7e780d9de6623f337d53c59261e8006aee1ddbfda058f866343527a75`}),"\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backupEligible\n    backedUp\n  }\n":ut,"\n  fragment PasskeyCeremonyFields on PasskeyCeremony {\n    ceremonyId\n    optionsJson\n    expiresIn\n  }\n":dt,"\n  query Passkeys {\n    passkeysEnabled\n    passkeys {\n      ...PasskeyFields\n    }\n  }\n":new L(`
    query Passkeys {
  passkeysEnabled
  passkeys {
    ...PasskeyFields
  }
}
    fragment PasskeyFields on Passkey {
  id
  name
  createdAt
  lastUsedAt
  backupEligible
  backedUp
}`,{hash:`sha256:1292e8ea7f952fbe18533249cf15817a0f1983e2534235b1bcc80bb996488164`}),"\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      ...PasskeyCeremonyFields\n    }\n  }\n":new L(`
    mutation StartPasskeyRegistration {
  startPasskeyRegistration {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`,{hash:`sha256:f7898e63ac263ee42c313bd3d4c4d7a4a7b040e8f7a36be1f0abed231add81ad`}),"\n  mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {\n    finishPasskeyRegistration(ceremonyId: $ceremonyId, credentialJson: $credentialJson, name: $name) {\n      ...PasskeyFields\n    }\n  }\n":new L(`
    mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {
  finishPasskeyRegistration(
    ceremonyId: $ceremonyId
    credentialJson: $credentialJson
    name: $name
  ) {
    ...PasskeyFields
  }
}
    fragment PasskeyFields on Passkey {
  id
  name
  createdAt
  lastUsedAt
  backupEligible
  backedUp
}`,{hash:`sha256:427b9ad15ac59c41b50766b7eb41f769a7f9eee1e31ed512a3b851db805414d8`}),"\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      ...PasskeyCeremonyFields\n    }\n  }\n":new L(`
    mutation StartPasskeySignIn {
  startPasskeySignIn {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`,{hash:`sha256:6eb7f25bd896ba22c7d073fee0d9e2c0e2dc9e5e0a5081335039664619de1b95`}),"\n  mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {\n    finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...LoginResultFields\n    }\n  }\n":new L(`
    mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {
  finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
    ...LoginResultFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}
fragment LoginResultFields on LoginResult {
  __typename
  ... on AuthPayload {
    ...AuthPayloadFields
  }
  ... on MfaChallenge {
    mfaToken
    expiresIn
  }
  ... on LinkRequired {
    linkToken
    provider
    email
    expiresIn
  }
  ... on EmailRequired {
    signUpToken
    provider
    suggestedEmail: email
    expiresIn
  }
}`,{hash:`sha256:d988a933a01aa2f98e867b9732daaab23a202461f7fa851b1f8e9bb4868f14c1`}),"\n  mutation StartPasskeyReauthentication {\n    startPasskeyReauthentication {\n      ...PasskeyCeremonyFields\n    }\n  }\n":new L(`
    mutation StartPasskeyReauthentication {
  startPasskeyReauthentication {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`,{hash:`sha256:5cd8f1795b5c323960b34d6482d9733527f9f44eba113483e238b42b61d5b0a5`}),"\n  mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {\n    reauthenticateWithPasskey(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {
  reauthenticateWithPasskey(
    ceremonyId: $ceremonyId
    credentialJson: $credentialJson
  ) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:89a8f0a79629abbd504b0e49d5dbef82a9edc0c216141b99cf9f26e44adaa5a9`}),"\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      ...PasskeyFields\n    }\n  }\n":new L(`
    mutation RenamePasskey($id: ID!, $name: String!) {
  renamePasskey(id: $id, name: $name) {
    ...PasskeyFields
  }
}
    fragment PasskeyFields on Passkey {
  id
  name
  createdAt
  lastUsedAt
  backupEligible
  backedUp
}`,{hash:`sha256:f11afcca2c1c3fb582aee1a55d08cf2986e0512505a5d486f9fbaf02788e5152`}),"\n  mutation DeletePasskey($id: ID!) {\n    deletePasskey(id: $id)\n  }\n":new L(`
    mutation DeletePasskey($id: ID!) {
  deletePasskey(id: $id)
}
    `,{hash:`sha256:0e42030553f9d7040b39c37b5dcc26d53311ec907d767bbb3e079d001294009c`})};function R(e){return ft[e]??{}}R(`
  fragment UserFields on User {
    id
    email
    username
    emailVerified
    role
    createdAt
    disabled
    totpEnabled
    hasPassword
  }
`),R(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    refreshToken
    tokenType
    expiresIn
    deviceToken
    user {
      ...UserFields
    }
  }
`),R(`
  fragment QuoteFields on Quote {
    id
    text
    author
    createdAt
    updatedAt
  }
`),R(`
  fragment SessionFields on Session {
    id
    createdAt
    lastUsedAt
    userAgent
    ip
    current
  }
`),R(`
  fragment SecurityEventFields on SecurityEvent {
    id
    at
    kind
    ip
    userAgent
    detail
  }
`),R(`
  fragment ProviderIdentityFields on ProviderIdentity {
    provider
    providerName
    email
    login
    linkedAt
    lastUsedAt
  }
`),R(`
  fragment LoginResultFields on LoginResult {
    __typename
    ... on AuthPayload {
      ...AuthPayloadFields
    }
    ... on MfaChallenge {
      mfaToken
      expiresIn
    }
    ... on LinkRequired {
      linkToken
      provider
      email
      expiresIn
    }
    ... on EmailRequired {
      signUpToken
      provider
      # An alias: LinkRequired.email is String!, this one may be null.
      suggestedEmail: email
      expiresIn
    }
  }
`),R(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);var pt=R(`
  query Me {
    me {
      ...UserFields
    }
  }
`),mt=R(`
  query Sessions {
    sessions {
      ...SessionFields
    }
  }
`);R(`
  query Quote($id: ID!) {
    quote(id: $id) {
      ...QuoteFields
    }
  }
`);var ht=R(`
  query Quotes(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: QuoteFilter
    $withTotalCount: Boolean! = false
  ) {
    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      nodes {
        ...QuoteFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount @include(if: $withTotalCount)
    }
  }
`);R(`
  query ErrorCodes {
    errorCodes
  }
`);var gt=R(`
  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {
    users(first: $first, after: $after, search: $search) {
      nodes {
        ...UserFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount @include(if: $withTotalCount)
    }
  }
`),_t=R(`
  query SignInActivity($days: Int = 30) {
    signInActivity(days: $days) {
      day
      succeeded
      failed
    }
  }
`),vt=R(`
  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {
    me {
      id
      securityEvents(first: $first, after: $after) {
        nodes {
          ...SecurityEventFields
        }
        pageInfo {
          ...PageInfoFields
        }
        totalCount @include(if: $withTotalCount)
      }
    }
  }
`),yt=R(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`),bt=R(`
  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {
    user(id: $id) {
      id
      securityEvents(first: $first, after: $after) {
        nodes {
          ...SecurityEventFields
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
`),xt=R(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthPayloadFields
    }
  }
`),St=R(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthPayload {
        ...AuthPayloadFields
      }
      ... on MfaChallenge {
        mfaToken
        expiresIn
      }
    }
  }
`),Ct=R(`
  mutation Refresh($refreshToken: String) {
    refresh(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`),wt=R(`
  mutation Logout($scope: LogoutScope = LOCAL) {
    logout(scope: $scope)
  }
`),Tt=R(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`),Et=R(`
  mutation Reauthenticate($password: String!, $code: String) {
    reauthenticate(password: $password, code: $code) {
      ...AuthPayloadFields
    }
  }
`),Dt=R(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...AuthPayloadFields
    }
  }
`),Ot=R(`
  mutation DeleteAccount($password: String) {
    deleteAccount(password: $password)
  }
`),kt=R(`
  mutation EnrollTotp {
    enrollTotp {
      secret
      otpauthUrl
      qrCodeDataUrl
    }
  }
`),At=R(`
  mutation ConfirmTotp($code: String!) {
    confirmTotp(code: $code)
  }
`),jt=R(`
  mutation VerifyTotp($mfaToken: String!, $code: String!) {
    verifyTotp(mfaToken: $mfaToken, code: $code) {
      ...AuthPayloadFields
    }
  }
`),Mt=R(`
  mutation DisableTotp($password: String, $code: String!) {
    disableTotp(password: $password, code: $code) {
      ...UserFields
    }
  }
`),Nt=R(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`),Pt=R(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`),Ft=R(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ...UserFields
    }
  }
`),It=R(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),Lt=R(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`),Rt=R(`
  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {
    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
  }
`),zt=R(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      ...UserFields
    }
  }
`),Bt=R(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      ...QuoteFields
    }
  }
`),Vt=R(`
  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
    updateQuote(id: $id, input: $input) {
      ...QuoteFields
    }
  }
`),Ht=R(`
  mutation DeleteQuote($id: ID!) {
    deleteQuote(id: $id)
  }
`),Ut=R(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      ...UserFields
    }
  }
`),Wt=R(`
  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
    adminResetPassword(userId: $userId, newPassword: $newPassword)
  }
`),Gt=R(`
  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
    setUserDisabled(userId: $userId, disabled: $disabled) {
      ...UserFields
    }
  }
`),Kt=R(`
  mutation AdminResetTwoFactor($userId: ID!) {
    adminResetTwoFactor(userId: $userId) {
      ...UserFields
    }
  }
`),qt=R(`
  query SignInProviders {
    signInProviders {
      id
      name
      startUrl
    }
  }
`),Jt=R(`
  query ProviderIdentities {
    providerIdentities {
      ...ProviderIdentityFields
    }
  }
`),Yt=R(`
  mutation FinishProviderSignIn($providerCode: String!) {
    finishProviderSignIn(providerCode: $providerCode) {
      ...LoginResultFields
    }
  }
`),Xt=R(`
  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {
    requestProviderSignUp(signUpToken: $signUpToken, email: $email)
  }
`),Zt=R(`
  mutation ConfirmProviderSignUp($token: String!) {
    confirmProviderSignUp(token: $token) {
      ...LoginResultFields
    }
  }
`),Qt=R(`
  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {
    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {
      ...AuthPayloadFields
    }
  }
`),$t=R(`
  mutation LinkProvider($providerCode: String!) {
    linkProvider(providerCode: $providerCode) {
      ...ProviderIdentityFields
    }
  }
`),en=R(`
  mutation UnlinkProvider($provider: ID!) {
    unlinkProvider(provider: $provider) {
      ...ProviderIdentityFields
    }
  }
`),tn=R(`
  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {
    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {
      ...AuthPayloadFields
    }
  }
`);R(`
  fragment PasskeyFields on Passkey {
    id
    name
    createdAt
    lastUsedAt
    backupEligible
    backedUp
  }
`),R(`
  fragment PasskeyCeremonyFields on PasskeyCeremony {
    ceremonyId
    optionsJson
    expiresIn
  }
`);var nn=R(`
  query Passkeys {
    passkeysEnabled
    passkeys {
      ...PasskeyFields
    }
  }
`),rn=R(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration {
      ...PasskeyCeremonyFields
    }
  }
`),an=R(`
  mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {
    finishPasskeyRegistration(ceremonyId: $ceremonyId, credentialJson: $credentialJson, name: $name) {
      ...PasskeyFields
    }
  }
`),z=R(`
  mutation StartPasskeySignIn {
    startPasskeySignIn {
      ...PasskeyCeremonyFields
    }
  }
`),B=R(`
  mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {
    finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
      ...LoginResultFields
    }
  }
`),on=R(`
  mutation StartPasskeyReauthentication {
    startPasskeyReauthentication {
      ...PasskeyCeremonyFields
    }
  }
`),sn=R(`
  mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {
    reauthenticateWithPasskey(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
      ...AuthPayloadFields
    }
  }
`),cn=R(`
  mutation RenamePasskey($id: ID!, $name: String!) {
    renamePasskey(id: $id, name: $name) {
      ...PasskeyFields
    }
  }
`),ln=R(`
  mutation DeletePasskey($id: ID!) {
    deletePasskey(id: $id)
  }
`),V={refreshToken:`portcullis.refreshToken`,deviceToken:`portcullis.deviceToken`};function un(){let e=new Map;return{get:t=>e.get(t)??null,set:(t,n)=>void e.set(t,n),remove:t=>void e.delete(t)}}function dn(e,t){let n=new URL(e);return n.searchParams.set(`redirect_uri`,t.redirectUri),t.state!==void 0&&n.searchParams.set(`state`,t.state),n.toString()}var fn=class extends Error{name=`PortcullisError`;code;field;retryAfter;errors;status;constructor(e,t={}){let n=e[0]??{message:`Unknown error`};super(n.message,t.cause===void 0?void 0:{cause:t.cause}),this.errors=e;let r=n.extensions??{};this.code=typeof r.code==`string`?r.code:`BAD_RESPONSE`,typeof r.field==`string`&&(this.field=r.field),typeof r.retryAfter==`number`&&(this.retryAfter=r.retryAfter),t.status!==void 0&&(this.status=t.status)}has(e){return this.errors.some(t=>t.extensions?.code===e)}},pn=new Set([`INVALID_TOKEN`,`UNAUTHENTICATED`,`FORBIDDEN`,`BAD_USER_INPUT`]),mn=class{#e;#t;#n;#r;#i;#a=new Set;#o=null;#s=0;#c=0;#l=null;#u=null;#d=null;#f=0;constructor(e){this.#e=e.url??`/graphql`,this.#t=e.csrfUrl??`${this.#e.replace(/\/graphql\/?$/,``)}/auth/csrf`,this.#n=e.mode,this.#r=e.storage??un(),this.#i=e.fetch??((e,t)=>globalThis.fetch(e,t)),e.onSessionChange&&this.#a.add(e.onSessionChange)}get mode(){return this.#n}get accessToken(){return this.#o}get user(){return this.#l}get signedIn(){return this.#l!==null&&this.#o!==null}subscribe(e){return this.#a.add(e),()=>this.#a.delete(e)}async request(e,...[t]){this.#o!==null&&Date.now()>=this.#s-this.#c&&await this.refresh();let n=this.#o,r;try{let i=await this.#h(e,t,n);if(n===null||!vn(i)||i.me!==null)return i;r={data:i}}catch(e){if(!(e instanceof fn)||!e.has(`UNAUTHENTICATED`))throw e;r={error:e}}if(this.#o!==null&&this.#o!==n||await this.#m(n)&&await this.refresh())return this.#h(e,t,this.#o);if(`error`in r)throw r.error;return r.data}async signIn(e,t){let n={login:e,password:t};if(this.#n===`bearer`){let e=await this.#r.get(V.deviceToken);e&&(n.deviceToken=e)}let{login:r}=await this.#h(St,{input:n},null);if(r.__typename===`MfaChallenge`)return{kind:`secondFactor`,mfaToken:r.mfaToken,expiresIn:r.expiresIn};if(r.__typename===`AuthPayload`)return{kind:`signedIn`,user:r.user};throw Error(`unexpected answer to login: ${r.__typename}`)}async completeSecondFactor(e,t){return(await this.#h(jt,{mfaToken:e,code:t},null)).verifyTotp.user}async register(e){return(await this.#h(xt,{input:e},null)).register.user}async providers(){return(await this.request(qt)).signInProviders}async identities(){return(await this.request(Jt)).providerIdentities}async finishProviderSignIn(e){return hn((await this.#h(Yt,{providerCode:e},null)).finishProviderSignIn)}async requestProviderSignUp(e,t){await this.#h(Xt,{signUpToken:e,email:t},null)}async confirmProviderSignUp(e){return hn((await this.#h(Zt,{token:e},null)).confirmProviderSignUp)}async confirmProviderLink(e,t,n){let r={linkToken:e};return t!=null&&(r.password=t),n!=null&&(r.code=n),(await this.request(Qt,r)).confirmProviderLink.user}async linkProvider(e){return(await this.request($t,{providerCode:e})).linkProvider}async unlinkProvider(e){return(await this.request(en,{provider:e})).unlinkProvider}async reauthenticateWithProvider(e,t){await this.request(tn,t===void 0?{providerCode:e}:{providerCode:e,code:t})}async passkeys(){let e=await this.request(nn);return{enabled:e.passkeysEnabled,passkeys:e.passkeys}}async registerPasskey(e,t=navigator.credentials){let n=(await this.request(rn)).startPasskeyRegistration,r=await t.create($e(n.optionsJson));return(await this.request(an,{ceremonyId:n.ceremonyId,credentialJson:tt(r),name:e})).finishPasskeyRegistration}async signInWithPasskey(e={}){let t=(await this.#h(z,{},null)).startPasskeySignIn,n=await(e.credentials??navigator.credentials).get(et(t.optionsJson,e.conditional??!1,e.signal));return hn((await this.#h(B,{ceremonyId:t.ceremonyId,credentialJson:tt(n)},null)).finishPasskeySignIn)}async reauthenticateWithPasskey(e=navigator.credentials){let t=(await this.request(on)).startPasskeyReauthentication,n=await e.get(et(t.optionsJson,!1));await this.request(sn,{ceremonyId:t.ceremonyId,credentialJson:tt(n)})}async renamePasskey(e,t){return(await this.request(cn,{id:e,name:t})).renamePasskey}async deletePasskey(e){await this.request(ln,{id:e})}async reauthenticate(e,t){await this.request(Et,t===void 0?{password:e}:{password:e,code:t})}refresh(){return this.#u??=this.#p().finally(()=>{this.#u=null}),this.#u}async resume(){return this.signedIn&&Date.now()<this.#s-this.#c||await this.refresh()?this.#l:null}async signOut(e=`LOCAL`){if(e===`OTHERS`){await this.request(wt,{scope:e});return}let t=null;try{this.#n===`cookie`?await this.#h(wt,{scope:e},this.#o):(this.#o!==null||await this.#r.get(V.refreshToken))&&await this.request(wt,{scope:e})}catch(e){t=e}finally{await this.#v(`signedOut`)}if(t!==null&&e===`GLOBAL`)throw t}async#p(){let e={};if(this.#n===`bearer`){let t=await this.#r.get(V.refreshToken);if(!t)return await this.#v(`expired`),!1;e={refreshToken:t}}try{return await this.#h(Ct,e,null),!0}catch(e){if(e instanceof fn&&pn.has(e.code))return await this.#v(`expired`),!1;throw e}}async#m(e){return this.#n===`cookie`?e!==null||this.#l!==null:!!await this.#r.get(V.refreshToken)}async#h(e,t,n){let r=this.#f,i=await this.#b(e,t,n);return r===this.#f&&await this.#g(i),i}async#g(e){for(let[t,n]of Object.entries(e))if(Cn(n))await this.#_(n);else if(Sn(n)&&this.#l!==null&&n.id===this.#l.id){let e=this.#l;this.#l=n,xn.some(t=>e[t]!==n[t])&&this.#y(`updated`)}else t===`deleteAccount`&&n===!0&&await this.#v(`signedOut`)}async#_(e){let t=this.#l!==null&&this.#l.id===e.user.id?`refreshed`:`signedIn`;this.#n===`bearer`&&(e.refreshToken&&await this.#r.set(V.refreshToken,e.refreshToken),e.deviceToken&&await this.#r.set(V.deviceToken,e.deviceToken));let n=e.expiresIn*1e3;this.#o=e.accessToken,this.#s=Date.now()+n,this.#c=Math.min(3e4,n/10),this.#l=e.user,this.#y(t)}async#v(e){let t=this.signedIn;this.#f+=1,this.#o=null,this.#s=0,this.#l=null,this.#n===`bearer`&&await this.#r.remove(V.refreshToken),t&&this.#y(e)}#y(e){let t={signedIn:this.signedIn,user:this.#l,reason:e};for(let e of this.#a)try{e(t)}catch{}}async#b(e,t,n){let r=gn(e),i=/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(r)?.[1],a=JSON.stringify({query:r,variables:t??{},operationName:i}),o=await this.#x(a,n),s;try{s=await o.json()}catch(e){throw _n(`HTTP ${o.status}: the answer is not JSON`,o.status,e)}if(!vn(s))throw _n(`HTTP ${o.status}: not a GraphQL answer`,o.status);let c=Array.isArray(s.errors)?s.errors.filter(yn):[];if(c.length>0)throw new fn(c,{status:o.status});let l=s.data;if(!o.ok||!vn(l))throw _n(`HTTP ${o.status}: no data in the answer`,o.status);return l}async#x(e,t){for(let n=0;;n++){let r={"content-type":`application/json`,accept:`application/json`};t!==null&&(r.authorization=`Bearer ${t}`);let i={method:`POST`,headers:r,body:e},a=null;this.#n===`cookie`&&(a=this.#S(),r[`x-portcullis-session`]=`cookie`,r[`x-csrf-token`]=await a,i.credentials=`include`);let o=await this.#w(this.#e,i);if(a===null||o.status!==403||n>0)return o;await o.body?.cancel(),this.#d===a&&(this.#d=null)}}#S(){if(this.#d===null){let e=this.#C();this.#d=e,e.catch(()=>{this.#d===e&&(this.#d=null)})}return this.#d}async#C(){let e=await this.#w(this.#t,{method:`GET`,headers:{accept:`application/json`},credentials:`include`}),t=await e.json().catch(()=>null);if(e.ok&&vn(t)&&typeof t.csrfToken==`string`)return t.csrfToken;if(vn(t)&&Array.isArray(t.errors)){let n=t.errors.filter(yn);if(n.length>0)throw new fn(n,{status:e.status})}throw _n(`HTTP ${e.status} from the CSRF endpoint`,e.status)}async#w(e,t){try{return await this.#i(e,t)}catch(e){throw new fn([{message:`The server could not be reached.`,extensions:{code:`NETWORK_ERROR`}}],{cause:e})}}};function hn(e){switch(e.__typename){case`AuthPayload`:return{kind:`signedIn`,user:e.user};case`MfaChallenge`:return{kind:`secondFactor`,mfaToken:e.mfaToken,expiresIn:e.expiresIn};case`LinkRequired`:return{kind:`linkRequired`,linkToken:e.linkToken,provider:e.provider,email:e.email,expiresIn:e.expiresIn};case`EmailRequired`:return{kind:`emailRequired`,signUpToken:e.signUpToken,provider:e.provider,email:e.suggestedEmail,expiresIn:e.expiresIn}}}function gn(e){if(typeof e==`string`||e instanceof String)return e.toString();let t=vn(e)?e.loc:void 0;if(vn(t)&&vn(t.source)&&typeof t.source.body==`string`)return t.source.body;throw TypeError(`Not a document: pass one from @portcullis/client, or a DocumentNode with loc.`)}function _n(e,t,n){return new fn([{message:e,extensions:{code:`BAD_RESPONSE`}}],n===void 0?{status:t}:{status:t,cause:n})}function vn(e){return typeof e==`object`&&!!e&&!Array.isArray(e)}function yn(e){return vn(e)&&typeof e.message==`string`}var bn={id:`string`,email:`string`,username:`string`,emailVerified:`boolean`,role:`string`,createdAt:`string`,disabled:`boolean`,totpEnabled:`boolean`,hasPassword:`boolean`},xn=Object.keys(bn);function Sn(e){return vn(e)&&xn.every(t=>typeof e[t]===bn[t])}function Cn(e){return vn(e)&&typeof e.accessToken==`string`&&typeof e.refreshToken==`string`&&typeof e.expiresIn==`number`&&Sn(e.user)}var wn=new Set;function Tn(e){return wn.add(e),()=>wn.delete(e)}var H=new mn({mode:`cookie`,onSessionChange:e=>{for(let t of[...wn])t(e)}});function En(){return Object.assign(Error(`Signed out.`),{code:`UNAUTHENTICATED`})}async function Dn(){return(await H.request(pt)).me}async function On(e){let t={};e.search&&(t.search=e.search),e.author&&(t.author=e.author);let n=await H.request(ht,{first:e.first??null,after:e.after??null,last:e.last??null,before:e.before??null,filter:t.search||t.author?t:null,withTotalCount:!0});return{...n.quotes,totalCount:n.quotes.totalCount??0}}async function kn(e,t){return(await H.request(Bt,{input:{text:e,author:t}})).createQuote}async function An(e,t,n){return(await H.request(Vt,{id:e,input:{text:t,author:n}})).updateQuote}async function jn(e){return(await H.request(Ht,{id:e})).deleteQuote}async function Mn(){return(await H.request(Pt)).requestEmailVerification}async function Nn(e){return(await H.request(Ft,{token:e})).verifyEmail}async function Pn(e){return(await H.request(It,{email:e})).requestPasswordReset}async function Fn(e,t){return(await H.request(Lt,{token:e,newPassword:t})).resetPassword}async function In(e,t){return(await H.request(Rt,{newEmail:e,currentPassword:t})).requestEmailChange}async function Ln(e){return(await H.request(zt,{token:e})).confirmEmailChange}async function Rn(e,t){await H.request(Dt,{currentPassword:e,newPassword:t})}async function zn(e){return(await H.request(Ot,{password:e})).deleteAccount}async function Bn(){return(await H.request(kt)).enrollTotp}async function Vn(e){return(await H.request(At,{code:e})).confirmTotp}async function Hn(e){return(await H.request(Nt,{code:e})).regenerateRecoveryCodes}async function Un(e,t){return(await H.request(Mt,{password:e,code:t})).disableTotp}async function Wn(){return(await H.request(mt)).sessions}async function Gn(e){return(await H.request(Tt,{id:e})).revokeSession}async function Kn(){return(await H.request(wt,{scope:`OTHERS`})).logout}async function qn(e,t){let n=await H.request(vt,{first:e,after:t,withTotalCount:!0});if(!n.me)throw En();let r=n.me.securityEvents;return{events:r.nodes,pageInfo:r.pageInfo,totalCount:r.totalCount??null}}var Jn=null;function Yn(){if(!Jn){let e=H.providers();Jn=e,e.catch(()=>{Jn===e&&(Jn=null)})}return Jn}async function Xn(){return H.identities()}async function Zn(e){return H.unlinkProvider(e)}async function Qn(e,t,n){let r=await H.request(gt,{first:e,after:t,search:n,withTotalCount:!0});return{...r.users,totalCount:r.users.totalCount??0}}async function $n(e){return(await H.request(yt,{id:e})).user??null}async function er(e,t,n){let r=await H.request(bt,{id:e,first:t,after:n});if(!r.user)throw Object.assign(Error(`No such user.`),{code:`NOT_FOUND`});return{events:r.user.securityEvents.nodes,pageInfo:r.user.securityEvents.pageInfo,totalCount:null}}async function tr(e,t){return(await H.request(Ut,{userId:e,role:t})).setUserRole}async function nr(e,t){return(await H.request(Gt,{userId:e,disabled:t})).setUserDisabled}async function rr(e,t){return(await H.request(Wt,{userId:e,newPassword:t})).adminResetPassword}async function ir(e){return(await H.request(Kt,{userId:e})).adminResetTwoFactor}async function ar(e){return(await H.request(_t,{days:e})).signInActivity}var or=Le({status:`loading`,user:null}),sr=3e4,cr,lr=!1,ur=`You are signed out: your session ended (it was revoked or expired, or the account was disabled). Please sign in again.`;function dr(){cr===void 0&&(cr=setInterval(()=>void gr(),sr))}function fr(){cr!==void 0&&clearInterval(cr),cr=void 0}function pr(e){let t=or.get();(t.status!==`signedIn`||t.user!==e)&&or.set({status:`signedIn`,user:e}),dr()}function mr(e=ur){fr();let t=or.get().status;t!==`signedOut`&&or.set({status:`signedOut`,user:null}),t===`signedIn`&&!lr&&I(`info`,e,{code:`SIGNED_OUT`,sticky:!0})}async function hr(){let e=await Dn();return e?(pr(H.user??e),e):(mr(),null)}async function gr(){if(or.get().status===`signedIn`)try{await hr()}catch(e){Be(e)!==`UNAUTHENTICATED`&&H.signedIn||mr()}}async function _r(){try{let e=await H.resume();e?pr(e):or.set({status:`signedOut`,user:null})}catch(e){or.set({status:`signedOut`,user:null});let t=Be(e)??`NETWORK_ERROR`;I(`error`,t===`NETWORK_ERROR`||t===`BAD_RESPONSE`?`Cannot reach the server to restore your session. Reload the page or sign in.`:We(e),{code:t})}}async function vr(e=`You are signed out.`){lr=!0,fr();try{await H.signOut(`LOCAL`)}finally{or.set({status:`signedOut`,user:null}),I(`success`,e,{sticky:!0}),lr=!1}}async function yr(e){lr=!0;try{return await e()}finally{lr=!1}}Tn(e=>{e.signedIn&&e.user?pr(e.user):e.reason===`expired`?mr():lr?(fr(),or.set({status:`signedOut`,user:null})):mr()}),document.addEventListener(`visibilitychange`,()=>{document.visibilityState===`visible`&&gr()});var br=Le(null),xr=null;function Sr(){return xr||(xr=new Promise(e=>{br.set({resolve(t){br.set(null),xr=null,e(t)}})}),xr)}var Cr=class extends Error{code=`REAUTHENTICATED`;constructor(){super(`Identity confirmed.`)}};async function wr(e,t=!0){try{return await e()}catch(n){if(Be(n)!==`REAUTHENTICATION_REQUIRED`)throw n;if(!await Sr())throw new ze;if(!t)throw new Cr;return await e()}}function Tr(e){let t=Be(e);if(t===`UNAUTHENTICATED`){if(or.get().status!==`signedIn`)return;if(!H.signedIn){mr();return}}t===`CANCELLED`?I(`info`,`Cancelled: nothing was changed.`,{code:t}):t===`REAUTHENTICATED`?I(`info`,`Identity confirmed. Each code works once: wait for the next code in your authenticator app, enter it and try again.`,{code:t}):qe(e)}function U(){let[e,t]=N(!1),n=Ee(!0);return F(()=>()=>{n.current=!1},[]),{busy:e,run:Oe(async(e,r,i)=>{t(!0);try{let t=await wr(e,i?.retryAfterReauth??!0);return r&&I(`success`,typeof r==`string`?r:r(t)),t}catch(e){Tr(e);return}finally{n.current&&t(!1)}},[])}}function Er(e,t){let[n,r]=N({data:void 0,loading:!0,failed:!1}),i=Ee(0),a=Oe(async()=>{let t=++i.current;r(e=>({...e,loading:!0}));try{let n=await wr(e);return t===i.current&&r({data:n,loading:!1,failed:!1}),n}catch(e){t===i.current&&r(e=>({...e,loading:!1,failed:!0})),Tr(e);return}},t);return F(()=>{a()},[a]),{...n,reload:a,setData:e=>r({data:e,loading:!1,failed:!1})}}var Dr=Le(null);function Or(e,t){Dr.set({mfaToken:e,expiresAt:Date.now()+t*1e3})}var kr=[`/verify-email`,`/reset-password`,`/confirm-email-change`,`/confirm-sign-up`];function Ar(){let e=window.location.pathname.replace(/\/+$/,``)||`/`,t=kr.includes(e)?e:null,n=window.location.hash.replace(/^#/,``),r=n.indexOf(`?`),i=(r>=0?n.slice(0,r):n)||`/`,a=i.startsWith(`/`)?i:`/${i}`,o=t?new URLSearchParams(window.location.search):new URLSearchParams(r>=0?n.slice(r+1):``);return{linkPage:t,path:a,segments:a.split(`/`).filter(Boolean).map(e=>{try{return decodeURIComponent(e)}catch{return e}}),query:o}}function W(e,t){let n=t?new URLSearchParams(t).toString():``,r=`#${e}${n?`?${n}`:``}`;return kr.includes(window.location.pathname)?`/${r}`:r}function jr(e,t){let n=W(e,t);n.startsWith(`/`)?window.location.assign(n):window.location.hash===n?window.dispatchEvent(new HashChangeEvent(`hashchange`)):window.location.hash=n}var Mr=new Set;function Nr(){for(let e of[...Mr])e()}function Pr(e){window.history.pushState(null,``,`/#${e}`),Nr()}window.addEventListener(`hashchange`,Nr),window.addEventListener(`popstate`,Nr);function Fr(){let[e,t]=N(Ar);return F(()=>{let e=()=>t(Ar());return Mr.add(e),()=>{Mr.delete(e)}},[]),e}var Ir=`portcullis.providerFlow`,Lr=Le(null);function Rr(){Lr.get()!==null&&Lr.set(null)}function zr(){let e=new Uint8Array(24);crypto.getRandomValues(e);let t=``;for(let n of e)t+=String.fromCharCode(n);return btoa(t).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function Br(e,t,n=window.location.hash){let r=zr(),i={state:r,intent:t,provider:e.id,providerName:e.name,returnTo:n};try{sessionStorage.setItem(Ir,JSON.stringify(i))}catch{I(`error`,`This browser does not let the page keep the sign-in state (session storage is off), so signing in with a provider cannot work here.`,{code:`STORAGE_UNAVAILABLE`});return}window.location.assign(dn(e.startUrl,{redirectUri:`${window.location.origin}/`,state:r}))}function Vr(){try{let e=sessionStorage.getItem(Ir);if(sessionStorage.removeItem(Ir),!e)return null;let t=JSON.parse(e);return typeof t.state!=`string`||t.intent!==`signIn`&&t.intent!==`link`&&t.intent!==`reauth`||typeof t.provider!=`string`||typeof t.providerName!=`string`||typeof t.returnTo!=`string`?null:t}catch{return null}}function Hr(e){switch(e.intent){case`signIn`:return`Signing in with ${e.providerName}`;case`link`:return`Linking ${e.providerName}`;case`reauth`:return`Confirming it's you with ${e.providerName}`}}function Ur(){if(window.location.pathname!==`/`)return null;let e=new URLSearchParams(window.location.search),t=e.get(`code`),n=e.get(`error`);if(t===null&&n===null)return null;let r=Vr(),i=e.get(`state`),a=r&&i!==null&&i===r.state?r:null,o=a?a.returnTo:window.location.hash;return window.history.replaceState(window.history.state,``,`/${o}`),a&&t!==null&&n===null&&Lr.set({step:`working`,title:Hr(a)}),{flow:a,code:t,error:n}}function Wr(e){switch(e.intent){case`signIn`:return`Signing in with ${e.providerName}`;case`link`:return`Linking ${e.providerName}`;case`reauth`:return`Confirming with ${e.providerName}`}}function Gr(e,t){Lr.set(null),I(`error`,e,{code:t})}async function Kr(e){let{flow:t}=e;if(!t){Gr(`This answer from a sign-in provider does not belong to a sign-in started in this tab, so it was ignored. Please start again.`,`PROVIDER_STATE_MISMATCH`);return}if(e.error!==null||e.code===null){Lr.set(null),e.error===`access_denied`?I(`info`,`${Wr(t)} was cancelled: nothing was changed.`,{code:`PROVIDER_CANCELLED`}):e.error===`invalid_request`?I(`error`,`${Wr(t)} could not be finished: it took too long, or it was started in another browser. Please try again.`,{code:`PROVIDER_INVALID_REQUEST`}):I(`error`,`${Wr(t)} failed: ${t.providerName} did not confirm your account. Please try again later.`,{code:`PROVIDER_SERVER_ERROR`});return}let n=e.code;try{switch(t.intent){case`signIn`:Yr(await H.finishProviderSignIn(n),t.providerName,t.returnTo);return;case`link`:await Zr(n,t);return;case`reauth`:await Qr(n,t);return}}catch(e){Gr(qr(e,t),Be(e)??`ERROR`)}}function qr(e,t){switch(Be(e)){case`INVALID_TOKEN`:return`${Wr(t)} took too long or was already finished. Please try again.`;case`FORBIDDEN`:return t.intent===`signIn`?`This account is disabled. Contact an administrator.`:We(e);case`CONFLICT`:return`This ${t.providerName} account is already linked to an account here, or yours already has a ${t.providerName} account linked.`;case`INVALID_CREDENTIALS`:return`That ${t.providerName} account is not the one linked to your account.`;default:return We(e)}}async function Jr(e){try{return(await Yn()).find(t=>t.id===e)?.name??e}catch{return e}}function Yr(e,t,n){switch(e.kind){case`signedIn`:Lr.set(null),I(`success`,`Signed in as ${e.user.username} with ${t}.`,{sticky:!0});return;case`secondFactor`:Or(e.mfaToken,e.expiresIn),Lr.set(null),Je();return;case`linkRequired`:Lr.set({step:`link`,linkToken:e.linkToken,provider:e.provider,providerName:t,email:e.email,returnTo:n});return;case`emailRequired`:Lr.set({step:`email`,signUpToken:e.signUpToken,provider:e.provider,providerName:t,email:e.email});return}}function Xr(e){let t=e.replace(/^#/,``).split(`?`)[0]||`/`;return t===`/signin`||t===`/signup`||t===`/forgot-password`||t===`/`?`/quotes`:t}async function Zr(e,t){or.get().status===`signedIn`?(await wr(()=>H.linkProvider(e)),Lr.set(null),I(`success`,`${t.providerName} is linked to your account: you can sign in with it now.`,{sticky:!0}),jr(Xr(t.returnTo))):Gr(`You were signed out before ${t.providerName} could be linked. Sign in, then link it again from your account.`,`UNAUTHENTICATED`)}async function Qr(e,t){let n=or.get().user;or.get().status!==`signedIn`||!n?Gr(`You were signed out meanwhile. Please sign in again.`,`UNAUTHENTICATED`):n.totpEnabled?Lr.set({step:`reauthCode`,providerCode:e,providerName:t.providerName,returnTo:t.returnTo}):(await H.reauthenticateWithProvider(e),$r(t.providerName,t.returnTo))}function $r(e,t){Lr.set(null),I(`info`,`Identity confirmed with ${e}. Now do it again: it will go through this time.`,{code:`REAUTHENTICATED`,sticky:!0}),jr(Xr(t))}var ei=0;Array.isArray;function G(e,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:e,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--ei,__i:-1,__u:0,__source:a,__self:o};if(typeof e==`function`&&(s=e.defaultProps))for(c in s)l[c]===void 0&&(l[c]=s[c]);return t.vnode&&t.vnode(u),u}function K(e){let t=ke(),n=`${t}-hint`,r=Ee(null);F(()=>{e.autoFocus&&r.current?.focus()},[e.autoFocus]);let i={id:t,ref:r,value:e.value,onInput:t=>e.onInput(t.currentTarget.value),required:e.required,disabled:e.disabled,maxLength:e.maxLength,"aria-describedby":e.hint?n:void 0,"data-testid":e.testid};return G(`div`,{class:`field`,children:[G(`label`,{for:t,children:e.label}),e.multiline?G(`textarea`,{...i,rows:3}):G(`input`,{...i,type:e.type??`text`,autoComplete:e.autoComplete,inputMode:e.inputMode,minLength:e.minLength,pattern:e.pattern,spellcheck:e.type===`email`||e.type===`password`?!1:void 0,autoCapitalize:e.type===`email`||e.type===`password`?`none`:void 0}),e.hint&&G(`p`,{class:`hint`,id:n,children:e.hint})]})}function ti(e){return G(K,{label:e.label,value:e.value,onInput:e.onInput,autoComplete:`one-time-code`,required:!0,maxLength:64,hint:e.hint??`The 6-digit code from your authenticator app, or a recovery code.`,autoFocus:e.autoFocus})}function q(e){let t=Ee(null);return F(()=>{document.title=`${e.title} · Portcullis`;let n=document.activeElement;n&&n!==document.body&&t.current?.parentElement?.contains(n)||t.current?.focus({preventScroll:!1})},[e.title]),G(`section`,{class:e.narrow?`page narrow`:`page`,"aria-labelledby":`page-title`,children:[G(`h1`,{id:`page-title`,tabIndex:-1,ref:t,children:e.title}),e.intro&&G(`div`,{class:`intro`,children:e.intro}),e.children]})}function ni(e){let t=ke();return G(`section`,{class:`card`,"aria-labelledby":t,"data-testid":e.testid,children:[G(`h2`,{id:t,children:e.title}),e.children]})}function ri(e){return G(`button`,{type:`submit`,class:`btn ${e.variant??`primary`}`,disabled:e.busy||e.disabled,"aria-busy":e.busy?`true`:void 0,children:e.children})}function ii(e){return G(`button`,{type:`button`,class:`btn ${e.variant??`secondary`}`,onClick:e.onClick,disabled:e.busy||e.disabled,"aria-busy":e.busy?`true`:void 0,"aria-label":e.label,"data-testid":e.testid,children:e.children})}function J(e){return G(`form`,{class:`form`,"aria-label":e.label,role:e.role,"data-testid":e.testid,onSubmit:t=>{t.preventDefault(),e.onSubmit()},children:e.children})}function ai(e){return G(`nav`,{class:`pager`,"aria-label":e.label,children:[G(`button`,{type:`button`,class:`btn secondary`,onClick:e.onPrevious,disabled:!e.hasPrevious||e.busy,children:`← Previous page`}),e.status&&G(`span`,{class:`pager-status`,"data-testid":`pager-status`,children:e.status}),G(`button`,{type:`button`,class:`btn secondary`,onClick:e.onNext,disabled:!e.hasNext||e.busy,children:`Next page →`})]})}var oi=new Intl.DateTimeFormat(void 0,{year:`numeric`,month:`short`,day:`numeric`,hour:`2-digit`,minute:`2-digit`});function si(e){if(!e)return`—`;let t=new Date(e);return Number.isNaN(t.getTime())?e:oi.format(t)}function ci(e){return G(`time`,{dateTime:e.at,children:si(e.at)})}function li(e){return G(`p`,{class:`muted`,role:`status`,children:[`Loading`,e.what?` ${e.what}`:``,`…`]})}function ui(e){if(!e)return`Unknown device`;let t=/Edg\//.test(e)?`Edge`:/OPR\//.test(e)?`Opera`:/Firefox\//.test(e)?`Firefox`:/Chrom(e|ium)\//.test(e)?/HeadlessChrome/.test(e)?`Headless Chrome`:`Chrome`:/Safari\//.test(e)?`Safari`:/curl\//.test(e)?`curl`:null,n=/Android/.test(e)?`Android`:/iPhone|iPad|iPod/.test(e)?`iOS`:/Windows/.test(e)?`Windows`:/Mac OS X|Macintosh/.test(e)?`macOS`:/Linux/.test(e)?`Linux`:null;return t&&n?`${t} on ${n}`:t??n??(e.length>60?`${e.slice(0,57)}…`:e)}function di(e){let[t,n]=N({providers:null,error:null});return F(()=>{if(!e)return;let t=!0;return n({providers:null,error:null}),Promise.all([Yn(),Xn()]).then(([e,r])=>{t&&n({providers:e.filter(e=>r.some(t=>t.provider===e.id)),error:null})},e=>{t&&n({providers:[],error:We(e)})}),()=>{t=!1}},[e]),t}function fi(){let e=Re(br),t=Re(or),n=Ee(null),[r,i]=N(``),[a,o]=N(``),[s,c]=N(null),[l,u]=N(!1),d=t.user?.totpEnabled??!1,f=t.user?!t.user.hasPassword:!1,p=di(e!==null&&f);F(()=>{let t=n.current;t&&(e&&!t.open?(i(``),o(``),c(null),t.showModal()):!e&&t.open&&t.close())},[e]),F(()=>{t.status!==`signedIn`&&e&&e.resolve(!1)},[t.status,e]);let m=async()=>{if(e){u(!0),c(null);try{await H.reauthenticate(r,d?a.trim():void 0),i(``),o(``),e.resolve(!0)}catch(e){c({text:We(e),code:Be(e)??`ERROR`})}finally{u(!1)}}};return G(`dialog`,{ref:n,class:`dialog`,"aria-labelledby":`reauth-title`,"data-testid":`reauth-dialog`,onCancel:t=>{t.preventDefault(),e?.resolve(!1)},children:[e&&f&&G(J,{onSubmit:()=>void 0,label:`Confirm it's you`,children:[G(`h2`,{id:`reauth-title`,children:`Confirm it's you`}),G(`p`,{children:`This change needs a recent proof of your identity. Your account has no password: confirm with your sign-in provider. You come back here afterwards; then do the change again.`}),p.providers===null?G(li,{what:`your sign-in providers`}):p.providers.length===0?G(`p`,{class:`error`,role:`alert`,"data-testid":`reauth-error`,"data-code":p.error?`ERROR`:`NO_PROVIDER`,children:p.error??`No sign-in provider is linked to your account. Sign out and sign in again, then retry.`}):null,G(`div`,{class:`actions`,children:[(p.providers??[]).map(e=>G(ii,{variant:`primary`,testid:`reauth-provider-${e.id}`,onClick:()=>Br(e,`reauth`),children:`Confirm with ${e.name}`},e.id)),G(`button`,{type:`button`,class:`btn secondary`,onClick:()=>e.resolve(!1),children:`Cancel`})]})]}),e&&!f&&G(J,{onSubmit:()=>void m(),label:`Confirm it's you`,children:[G(`h2`,{id:`reauth-title`,children:`Confirm it's you`}),G(`p`,{children:[`This change needs a recent proof of your identity. Enter your password`,d?` and a code from your authenticator app`:``,` to continue.`]}),G(K,{label:`Your password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0,autoFocus:!0}),d&&G(ti,{label:`Your authentication code`,value:a,onInput:o}),s&&G(`p`,{class:`error`,role:`alert`,"data-testid":`reauth-error`,"data-code":s.code,children:s.text}),G(`div`,{class:`actions`,children:[G(ri,{busy:l,children:`Confirm`}),G(`button`,{type:`button`,class:`btn secondary`,onClick:()=>e.resolve(!1),children:`Cancel`})]})]})]})}function pi(){let[e,t]=N([]);return F(()=>{let e=!0;return Yn().then(n=>{e&&t(n)},()=>void 0),()=>{e=!1}},[]),e}function mi(){let e=pi();return e.length===0?null:G(`div`,{class:`providers`,role:`group`,"aria-label":`Sign in with a provider`,"data-testid":`provider-buttons`,children:[G(`p`,{class:`or muted small`,children:`or`}),e.map(e=>G(ii,{testid:`provider-${e.id}`,onClick:()=>Br(e,`signIn`),children:`Sign in with ${e.name}`},e.id)),G(`p`,{class:`hint`,children:`No account yet? Signing in with a provider makes one for you.`})]})}function hi(e){if(Rr(),window.location.pathname!==`/`){Pr(`/quotes`);return}let t=e.replace(/^#/,``).split(`?`)[0]||`/`;[`/`,`/signin`,`/signup`,`/forgot-password`].includes(t)&&window.location.replace(W(`/quotes`))}function gi(e){let t=e.step,n=Re(or),[r,i]=N(``),[a,o]=N(``),[s,c]=N(!1),l=U(),u=n.status===`signedIn`&&n.user?.email.toLowerCase()===t.email.toLowerCase(),d=e=>{I(`success`,`${t.providerName} is linked to your account ${e}: you can sign in with it from now on.`,{sticky:!0}),hi(t.returnTo)},f=()=>l.run(async()=>{try{let e=await H.confirmProviderLink(t.linkToken,r,s?a.trim():null);i(``),o(``),d(e.username)}catch(e){throw Be(e)===`BAD_USER_INPUT`&&e.field===`code`&&!s?(c(!0),Object.assign(Error(`This account has two-factor authentication on: enter a code from your authenticator app too.`),{code:`CODE_REQUIRED`})):e}}),p=()=>l.run(async()=>{let e=await H.confirmProviderLink(t.linkToken,null);d(e.username)});return G(q,{title:`Link ${t.providerName} to your account`,narrow:!0,children:[G(`div`,{"data-testid":`provider-link-required`,children:[G(`p`,{children:[`There is already an account with the address `,G(`strong`,{"data-testid":`link-email`,children:t.email}),`. `,t.providerName,` says this address is yours, but to keep that account safe we link `,t.providerName,` to it only once you prove the account is yours.`]}),G(`p`,{children:[`Enter the account's password`,s?` and a code from your authenticator app`:``,`. From then on, you can sign in with `,t.providerName,` too.`]})]}),u&&G(`div`,{class:`actions`,children:G(ii,{variant:`primary`,busy:l.busy,onClick:()=>void p(),children:`Link to my account (${n.user?.username??``})`})}),G(J,{onSubmit:f,label:`Link ${t.providerName}`,children:[G(K,{label:`Password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0,autoFocus:!0}),s&&G(ti,{label:`Authentication code`,value:a,onInput:o,autoFocus:!0}),G(`div`,{class:`actions`,children:[G(ri,{busy:l.busy,children:`Link ${t.providerName} and sign in`}),G(`a`,{class:`btn secondary`,href:W(`/signin`),onClick:Rr,children:`Cancel`})]})]}),G(`p`,{class:`hint`,children:[`Made that account with another sign-in provider, so it has no password? Sign in with that provider, then link `,t.providerName,` on your Account page. Forgot the password? `,G(`a`,{href:W(`/forgot-password`),onClick:Rr,children:`Reset it`}),`.`]})]})}function _i(e){let t=e.step,[n,r]=N(t.email??``),[i,a]=N(null),o=U();return G(q,{title:`Sign up with ${t.providerName}`,narrow:!0,children:i?G(`div`,{class:`done`,"data-testid":`provider-sign-up-requested`,children:[G(`p`,{class:`ok`,children:[`Check your mail: we sent a link to `,G(`strong`,{children:i}),`. Open it to finish signing up (it works for 24 hours).`]}),G(`p`,{children:G(`a`,{href:W(`/signin`),onClick:Rr,children:`Back to sign in`})})]}):G(S,{children:[G(`p`,{children:[t.providerName,` did not give us a verified email address. Enter yours: we send a link to it, and your account is made when you open that link.`]}),G(J,{onSubmit:()=>o.run(async()=>{let e=n.trim();await H.requestProviderSignUp(t.signUpToken,e),a(e)}),label:`Your email address`,children:[G(K,{label:`Email`,type:`email`,value:n,onInput:r,autoComplete:`email`,inputMode:`email`,required:!0,autoFocus:!0}),G(`div`,{class:`actions`,children:[G(ri,{busy:o.busy,children:`Send the link`}),G(`a`,{class:`btn secondary`,href:W(`/signin`),onClick:Rr,children:`Cancel`})]})]})]})})}function vi(e){let t=e.step,[n,r]=N(``),i=U();return G(q,{title:`Confirm it's you`,narrow:!0,children:[G(`p`,{children:[t.providerName,` confirmed your account. Two-factor authentication is on: enter a code from your authenticator app to finish.`]}),G(J,{onSubmit:()=>i.run(async()=>{try{await H.reauthenticateWithProvider(t.providerCode,n.trim())}catch(e){let n=Be(e);if(n===`INVALID_TOKEN`||n===`INVALID_MFA_CODE`){Rr(),I(`error`,`${n===`INVALID_MFA_CODE`?`That code is wrong or was already used.`:`This confirmation took too long.`} Nothing was changed: do it again and confirm with ${t.providerName} once more.`,{code:n});return}throw e}$r(t.providerName,t.returnTo)}),label:`Finish confirming it's you`,children:[G(ti,{label:`Authentication code`,value:n,onInput:r,autoFocus:!0}),G(`div`,{class:`actions`,children:[G(ri,{busy:i.busy,children:`Confirm`}),G(ii,{onClick:Rr,children:`Cancel`})]})]})]})}function yi(e){let t=e.step;switch(t.step){case`working`:return G(q,{title:t.title,narrow:!0,children:G(li,{what:``})});case`link`:return G(gi,{step:t});case`email`:return G(_i,{step:t});case`reauthCode`:return G(vi,{step:t})}}function bi(){return Re(Lr)}function xi(e){let t=e.identity,n=[t.email,t.login&&t.login!==t.email?t.login:null].filter(Boolean).join(` · `);return G(`li`,{class:`row`,"data-testid":`identity-row`,"data-provider":t.provider,children:[G(`div`,{class:`row-main`,children:[G(`p`,{class:`row-title`,children:[G(`span`,{"data-testid":`identity-provider`,children:t.providerName}),` · `,G(`span`,{"data-testid":`identity-account`,children:n||`—`})]}),G(`p`,{class:`muted small`,children:[G(`span`,{"data-testid":`identity-linked`,children:[`Linked `,si(t.linkedAt)]}),` ·`,` `,G(`span`,{"data-testid":`identity-last-used`,children:t.lastUsedAt?`Last used ${si(t.lastUsedAt)}`:`Not used yet`})]})]}),G(ii,{variant:`danger-quiet`,busy:e.busy,label:`Unlink ${t.providerName}`,onClick:()=>e.onUnlink(t),children:`Unlink`})]})}function Si(e){let t=pi(),n=Er(Xn,[e.user.id]),r=U(),i=n.data??[],a=t.filter(e=>!i.some(t=>t.provider===e.id));if(t.length===0&&i.length===0)return null;let o=e=>void r.run(async()=>{try{n.setData(await Zn(e.provider))}catch(t){if(Be(t)===`FORBIDDEN`){let n=t instanceof Error?t.message:``;throw Object.assign(Error(`${n?`${n} `:``}${e.providerName} is the only way to sign in to your account: set a password or link another provider first.`),{code:`FORBIDDEN`})}throw t}},`${e.providerName} is unlinked: you can no longer sign in with it.`);return G(ni,{title:`Sign-in providers`,testid:`provider-identities`,children:[n.loading&&!n.data?G(li,{what:`your sign-in providers`}):i.length===0?G(`p`,{"data-testid":`identity-empty`,children:`No sign-in provider is linked to your account.`}):G(`ul`,{class:`rows`,"data-testid":`identity-list`,children:i.map(e=>G(xi,{identity:e,onUnlink:o,busy:r.busy},e.provider))}),a.length>0&&G(S,{children:[G(`p`,{class:`muted small`,children:`Link a provider to sign in with it too.`}),G(`div`,{class:`actions`,children:a.map(e=>G(ii,{testid:`link-provider-${e.id}`,onClick:()=>Br(e,`link`,`#/account`),children:`Link ${e.name}`},e.id))})]})]})}function Ci(){let[e,t]=N(``),[n,r]=N(``),i=Re(Dr),a=()=>Dr.set(null);F(()=>()=>Dr.set(null),[]);let[o,s]=N(``),c=U(),l=()=>Je();return i?G(q,{title:`Two-factor authentication`,narrow:!0,children:[G(`p`,{children:`Enter the 6-digit code from your authenticator app. Lost your phone? Enter one of your recovery codes instead.`}),G(J,{onSubmit:()=>c.run(async()=>{if(i){if(Date.now()>i.expiresAt)a(),s(``),I(`error`,`The sign-in attempt expired. Please enter your password again.`,{code:`INVALID_TOKEN`});else{try{await H.completeSecondFactor(i.mfaToken,o.trim())}catch(e){throw e.code===`INVALID_TOKEN`&&(a(),s(``)),e}a(),s(``),l()}}}),label:`Second factor`,children:[G(ti,{label:`Authentication code`,value:o,onInput:s,autoFocus:!0}),G(`div`,{class:`actions`,children:[G(ri,{busy:c.busy,children:`Verify`}),G(`button`,{type:`button`,class:`btn link`,onClick:()=>{a(),s(``)},children:`Start over`})]})]})]}):G(q,{title:`Sign in`,narrow:!0,children:[G(J,{onSubmit:()=>c.run(async()=>{let t=await H.signIn(e.trim(),n).catch(e=>{throw Be(e)===`FORBIDDEN`?Object.assign(Error(`This account is disabled. Contact an administrator.`),{code:`FORBIDDEN`}):e});t.kind===`secondFactor`?(r(``),Or(t.mfaToken,t.expiresIn),Je()):l()}),label:`Sign in`,children:[G(K,{label:`Username or email`,value:e,onInput:t,autoComplete:`username`,required:!0,autoFocus:!0}),G(K,{label:`Password`,type:`password`,value:n,onInput:r,autoComplete:`current-password`,required:!0}),G(`div`,{class:`actions`,children:G(ri,{busy:c.busy,children:`Sign in`})})]}),G(mi,{}),G(`p`,{class:`links`,children:[G(`a`,{href:W(`/forgot-password`),children:`Forgot your password?`}),G(`a`,{href:W(`/signup`),children:`Create an account`})]})]})}function wi(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N(``),o=U();return G(q,{title:`Create an account`,narrow:!0,children:[G(J,{onSubmit:()=>o.run(async()=>{let t=await H.register({email:e.trim(),username:n.trim(),password:i});I(`success`,`Welcome, ${t.username}! We sent a link to ${t.email} to verify your address.`),jr(`/quotes`)}),label:`Create an account`,children:[G(K,{label:`Email`,type:`email`,value:e,onInput:t,autoComplete:`email`,required:!0,inputMode:`email`,autoFocus:!0}),G(K,{label:`Username`,value:n,onInput:r,autoComplete:`username`,required:!0,minLength:3,maxLength:32,hint:`3 to 32 letters, digits, '_', '.' or '-'.`}),G(K,{label:`Password`,type:`password`,value:i,onInput:a,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`}),G(`div`,{class:`actions`,children:G(ri,{busy:o.busy,children:`Create account`})})]}),G(`p`,{class:`links`,children:G(`a`,{href:W(`/signin`),children:`Already have an account? Sign in`})})]})}function Ti(){let[e,t]=N(``),[n,r]=N(!1),i=U();return G(q,{title:`Forgot your password?`,narrow:!0,children:[G(`p`,{children:`Enter your account's email address and we will send you a link to choose a new password.`}),G(J,{onSubmit:()=>i.run(async()=>{await Pn(e.trim()),r(!0)},`If an account uses that address, we sent it a link to choose a new password.`),label:`Request a password reset`,children:[G(K,{label:`Email`,type:`email`,value:e,onInput:t,autoComplete:`email`,required:!0,inputMode:`email`,autoFocus:!0}),G(`div`,{class:`actions`,children:G(ri,{busy:i.busy,children:`Send reset link`})})]}),n&&G(`p`,{class:`ok`,"data-testid":`reset-requested`,children:`Check your inbox. The link works once and expires after a while.`}),G(`p`,{class:`links`,children:G(`a`,{href:W(`/signin`),children:`Back to sign in`})})]})}function Ei(e){let t=or.get().status===`signedIn`;return G(`div`,{class:`done`,"data-testid":e.testid,children:[G(`p`,{class:`ok`,children:e.children}),G(`p`,{children:G(`a`,{class:`btn primary`,href:t?`/#/account`:`/#/signin`,children:t?`Go to your account`:`Go to sign in`})})]})}function Di(){return G(S,{children:[G(`p`,{class:`error`,"data-testid":`missing-token`,children:`This link is incomplete: it has no token. Open the link from the email again, or copy the whole address.`}),G(`p`,{children:G(`a`,{href:`/#/signin`,children:`Go to sign in`})})]})}function Oi(e){let[t,n]=N(!1),r=U();return G(q,{title:`Verify your email`,narrow:!0,children:t?G(Ei,{testid:`email-verified`,children:`Thank you: your email address is verified.`}):G(J,{onSubmit:()=>r.run(async()=>{await Nn(e.token),n(!0),or.get().status===`signedIn`&&await hr().catch(()=>null)},`Your email address is verified.`),label:`Verify your email`,children:[G(`p`,{children:`Press the button to confirm that this email address is yours.`}),G(`div`,{class:`actions`,children:G(ri,{busy:r.busy,children:`Verify email`})})]})})}function ki(e){let[t,n]=N(``),[r,i]=N(``),[a,o]=N(!1),[s,c]=N(!1),l=U();return G(q,{title:`Choose a new password`,narrow:!0,children:s?G(Ei,{testid:`password-reset`,children:`Your password was changed. Sign in with your new password.`}):G(J,{onSubmit:()=>{t===r?(o(!1),l.run(async()=>{await Fn(e.token,t),c(!0)},`Your password was changed. Every session was signed out: sign in with the new password.`)):o(!0)},label:`Choose a new password`,children:[G(K,{label:`New password`,type:`password`,value:t,onInput:n,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`,autoFocus:!0}),G(K,{label:`Confirm new password`,type:`password`,value:r,onInput:i,autoComplete:`new-password`,required:!0}),a&&G(`p`,{class:`error`,role:`alert`,children:`The two passwords differ.`}),G(`div`,{class:`actions`,children:G(ri,{busy:l.busy,children:`Set new password`})})]})})}function Ai(e){let[t,n]=N(null),r=U();return G(q,{title:`Confirm your new email`,narrow:!0,children:t?G(Ei,{testid:`email-changed`,children:`Your email address is now ${t}.`}):G(J,{onSubmit:()=>r.run(async()=>{let t=await Ln(e.token);n(t.email),or.get().status===`signedIn`&&await hr().catch(()=>null)},`Your email address was changed.`),label:`Confirm your new email`,children:[G(`p`,{children:`Press the button to make this address your account's email.`}),G(`div`,{class:`actions`,children:G(ri,{busy:r.busy,children:`Confirm email change`})})]})})}function ji(e){let[t,n]=N(null),r=U();return G(q,{title:`Finish signing up`,narrow:!0,children:t?G(Ei,{testid:`sign-up-confirmed`,children:`Welcome, ${t}: your email address is confirmed, your account is ready and you are signed in.`}):G(J,{onSubmit:()=>r.run(async()=>{let t=await H.confirmProviderSignUp(e.token);t.kind===`signedIn`?n(t.user.username):t.kind===`secondFactor`?(Or(t.mfaToken,t.expiresIn),Pr(`/signin`)):Yr(t,await Jr(t.provider),`#/quotes`)}),label:`Finish signing up`,children:[G(`p`,{children:`Press the button to confirm this email address and finish signing up with your sign-in provider.`}),G(`div`,{class:`actions`,children:G(ri,{busy:r.busy,children:`Finish signing up`})})]})})}function Mi(e){if(!e.token)return G(q,{title:e.page===`/verify-email`?`Verify your email`:e.page===`/reset-password`?`Choose a new password`:e.page===`/confirm-sign-up`?`Finish signing up`:`Confirm your new email`,narrow:!0,children:G(Di,{})});switch(e.page){case`/verify-email`:return G(Oi,{token:e.token});case`/reset-password`:return G(ki,{token:e.token});case`/confirm-email-change`:return G(Ai,{token:e.token});case`/confirm-sign-up`:return G(ji,{token:e.token})}}function Ni(e){let t=e.quote,[n,r]=N(`view`),[i,a]=N(t.text),[o,s]=N(t.author),c=U(),l=()=>c.run(async()=>{await An(t.id,i,o),r(`view`),e.onChanged()},`Quote saved.`),u=()=>c.run(async()=>{await jn(t.id),e.onChanged()},`Quote deleted.`);return G(`li`,{class:`row quote`,"data-testid":`quote-row`,"data-id":t.id,children:n===`edit`?G(J,{onSubmit:l,label:`Edit quote`,children:[G(K,{label:`Edit quote`,value:i,onInput:a,required:!0,multiline:!0,maxLength:2e3,autoFocus:!0}),G(K,{label:`Edit author`,value:o,onInput:s,required:!0,maxLength:200}),G(`div`,{class:`actions`,children:[G(ri,{busy:c.busy,children:`Save`}),G(ii,{onClick:()=>{a(t.text),s(t.author),r(`view`)},children:`Cancel`})]})]}):G(S,{children:[G(`blockquote`,{children:[G(`p`,{"data-testid":`quote-text`,children:t.text}),G(`footer`,{children:[`— `,G(`cite`,{"data-testid":`quote-author`,children:t.author}),G(`span`,{class:`muted small`,children:[` `,`· `,G(ci,{at:t.createdAt})]})]})]}),n===`confirm`?G(`div`,{class:`actions confirm`,role:`group`,"aria-label":`Confirm deletion`,children:[G(`span`,{children:`Delete this quote?`}),G(ii,{variant:`danger`,busy:c.busy,onClick:()=>void u(),children:`Yes, delete`}),G(ii,{onClick:()=>r(`view`),children:`Keep it`})]}):G(`div`,{class:`actions`,children:[G(ii,{onClick:()=>{a(t.text),s(t.author),r(`edit`)},children:`Edit`}),G(ii,{variant:`danger-quiet`,onClick:()=>r(`confirm`),children:`Delete`})]})]})})}var Pi={first:10};function Fi(){let[e,t]=N({cursor:Pi,page:1,filter:{search:``,author:``}}),[n,r]=N(``),[i,a]=N(``),[o,s]=N(``),[c,l]=N(``),u=U(),d=Er(async()=>({conn:await On({...e.cursor,...e.filter}),view:e}),[e]),f=(n=e.filter)=>t({cursor:Pi,page:1,filter:n}),p=()=>u.run(async()=>{await kn(o,c),s(``),l(``),e.page===1&&!e.cursor.after&&!e.cursor.before?await d.reload():f()},`Quote added.`),m=()=>f({search:n.trim(),author:i.trim()}),h=()=>{r(``),a(``),f({search:``,author:``})},g=async()=>{let e=await d.reload();e&&e.conn.nodes.length===0&&e.view.page>1&&f()},_=d.data?.conn,v=d.data?.view,y=!!(v&&(v.filter.search||v.filter.author)),b=_?Math.max(1,Math.ceil(_.totalCount/10)):1;return G(q,{title:`Quotes`,children:[G(ni,{title:`Add a quote`,children:G(J,{onSubmit:p,label:`Add a quote`,children:[G(K,{label:`Quote`,value:o,onInput:s,required:!0,multiline:!0,maxLength:2e3}),G(K,{label:`Author`,value:c,onInput:l,required:!0,maxLength:200}),G(`div`,{class:`actions`,children:G(ri,{busy:u.busy,children:`Add quote`})})]})}),G(ni,{title:`Your quotes`,children:[G(J,{onSubmit:m,role:`search`,label:`Find quotes`,children:[G(`div`,{class:`inline-fields`,children:[G(K,{label:`Search quotes`,type:`search`,value:n,onInput:r,hint:`Words in the text or the author.`}),G(K,{label:`Filter by author`,value:i,onInput:a,hint:`The exact author name.`})]}),G(`div`,{class:`actions`,children:[G(ri,{variant:`secondary`,children:`Apply filters`}),(e.filter.search||e.filter.author||n||i)&&G(ii,{onClick:h,children:`Clear filters`})]})]}),!_&&d.loading&&G(li,{what:`quotes`}),_&&v&&G(S,{children:[G(`p`,{class:`muted`,"data-testid":`quote-count`,"aria-live":`polite`,children:_.totalCount===0?y?`No quotes match these filters.`:`No quotes yet: add your first one above.`:`${_.totalCount} quote${_.totalCount===1?``:`s`}${y?` match`:``} · page ${Math.min(v.page,b)} of ${b}`}),G(`ul`,{class:`rows`,"data-testid":`quote-list`,"aria-busy":d.loading?`true`:void 0,children:_.nodes.map(e=>G(Ni,{quote:e,onChanged:()=>void g()},e.id))}),G(ai,{label:`Quote pages`,busy:d.loading,hasPrevious:_.pageInfo.hasPreviousPage,hasNext:_.pageInfo.hasNextPage,onPrevious:()=>{v.page<=2||!_.pageInfo.startCursor?f(v.filter):t({cursor:{last:10,before:_.pageInfo.startCursor},page:v.page-1,filter:v.filter})},onNext:()=>{_.pageInfo.endCursor&&t({cursor:{first:10,after:_.pageInfo.endCursor},page:v.page+1,filter:v.filter})}})]})]})]})}function Ii(e){let t=U(),[n,r]=N(!1);return G(S,{children:[G(`p`,{"data-testid":`no-password`,children:[`Your account has no password: you sign in with a sign-in provider. To set a password, we send a link to`,` `,G(`strong`,{children:e.user.email}),`.`]}),n?G(`p`,{class:`ok`,"data-testid":`reset-requested`,children:`Check your inbox: the link works once and expires after a while.`}):G(`div`,{class:`actions`,children:G(ii,{variant:`primary`,busy:t.busy,onClick:()=>void t.run(async()=>{await Pn(e.user.email),r(!0)}),children:`Email me a link to set a password`})})]})}function Li(e){let t=e.user,n=U();return G(q,{title:`Account`,children:[G(ni,{title:`Profile`,children:[G(`dl`,{class:`facts`,children:[G(`dt`,{children:`Username`}),G(`dd`,{"data-testid":`account-username`,children:t.username}),G(`dt`,{children:`Email`}),G(`dd`,{"data-testid":`account-email`,children:t.email}),G(`dt`,{children:`Email status`}),G(`dd`,{"data-testid":`email-status`,children:t.emailVerified?G(`span`,{class:`badge ok`,children:`Verified`}):G(`span`,{class:`badge warn`,children:`Not verified`})}),G(`dt`,{children:`Role`}),G(`dd`,{"data-testid":`account-role`,children:t.role===`ADMIN`?`Administrator`:`User`}),G(`dt`,{children:`Password`}),G(`dd`,{"data-testid":`account-password`,children:t.hasPassword?`Set`:`None (you sign in with a sign-in provider)`}),G(`dt`,{children:`Two-factor authentication`}),G(`dd`,{children:t.totpEnabled?`On`:`Off`}),G(`dt`,{children:`Member since`}),G(`dd`,{children:si(t.createdAt)})]}),!t.emailVerified&&G(`div`,{class:`actions`,children:G(ii,{busy:n.busy,onClick:()=>void n.run(()=>Mn(),`We sent a new verification link to ${t.email}.`),children:`Resend verification email`})})]}),G(Si,{user:t}),G(ni,{title:`Manage`,children:G(`ul`,{class:`link-list`,children:[G(`li`,{children:G(`a`,{href:W(`/account/password`),children:t.hasPassword?`Change password`:`Set a password`})}),G(`li`,{children:G(`a`,{href:W(`/account/email`),children:`Change email`})}),G(`li`,{children:G(`a`,{href:W(`/security`),children:`Two-factor authentication`})}),G(`li`,{children:G(`a`,{href:W(`/sessions`),children:`Sessions`})}),G(`li`,{children:G(`a`,{href:W(`/activity`),children:`Security activity`})}),G(`li`,{children:G(`a`,{href:W(`/account/delete`),class:`danger-link`,children:`Delete account`})})]})})]})}function Ri(e){return e.user.hasPassword?G(zi,{}):G(q,{title:`Set a password`,narrow:!0,children:G(Ii,{user:e.user})})}function zi(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N(``),[o,s]=N(!1),c=U();return G(q,{title:`Change password`,narrow:!0,children:G(J,{onSubmit:()=>{n===i?(s(!1),c.run(async()=>{await Rn(e,n),t(``),r(``),a(``),jr(`/account`)},`Password changed. Your other sessions were signed out.`)):s(!0)},label:`Change password`,children:[G(K,{label:`Current password`,type:`password`,value:e,onInput:t,autoComplete:`current-password`,required:!0,autoFocus:!0}),G(K,{label:`New password`,type:`password`,value:n,onInput:r,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`}),G(K,{label:`Confirm new password`,type:`password`,value:i,onInput:a,autoComplete:`new-password`,required:!0}),o&&G(`p`,{class:`error`,role:`alert`,children:`The two new passwords differ.`}),G(`div`,{class:`actions`,children:[G(ri,{busy:c.busy,children:`Change password`}),G(`a`,{class:`btn secondary`,href:W(`/account`),children:`Cancel`})]})]})})}function Bi(e){let[t,n]=N(``),[r,i]=N(``),[a,o]=N(null),s=U(),c=!e.user.hasPassword;return G(q,{title:`Change email`,narrow:!0,children:[G(`p`,{children:[`Your address is `,G(`strong`,{children:e.user.email}),`. We will send a link to the new address; the change happens when you open it.`]}),c&&G(`p`,{class:`muted small`,children:`Your account has no password: you may be asked to confirm it's you with your sign-in provider.`}),G(J,{onSubmit:()=>s.run(async()=>{let e=t.trim();return await In(e,c?null:r),i(``),o(e),e},e=>`We sent a confirmation link to ${e}. Your email changes when you open it.`),label:`Change email`,children:[G(K,{label:`New email`,type:`email`,value:t,onInput:n,autoComplete:`email`,inputMode:`email`,required:!0,autoFocus:!0}),!c&&G(K,{label:`Current password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0}),G(`div`,{class:`actions`,children:[G(ri,{busy:s.busy,children:`Send confirmation link`}),G(`a`,{class:`btn secondary`,href:W(`/account`),children:`Cancel`})]})]}),a&&G(`p`,{class:`ok`,"data-testid":`email-change-requested`,children:[`Check the inbox of `,a,` for the confirmation link.`]})]})}function Vi(e){let[t,n]=N(``),[r,i]=N(!1),a=U(),o=!e.user.hasPassword;return G(q,{title:`Delete account`,narrow:!0,children:[G(`p`,{class:`warn-text`,children:[`This deletes your account `,G(`strong`,{children:e.user.username}),`, all your quotes and every session, for good. It cannot be undone.`]}),G(J,{onSubmit:()=>a.run(async()=>{await yr(()=>zn(o?null:t)),I(`success`,`The account ${e.user.username} and its quotes were deleted.`,{sticky:!0}),jr(`/signin`)}),label:`Delete account`,children:[o?G(`p`,{class:`muted small`,children:`Your account has no password: you may be asked to confirm it's you with your sign-in provider.`}):G(K,{label:`Password`,type:`password`,value:t,onInput:n,autoComplete:`current-password`,required:!0,autoFocus:!0}),G(`div`,{class:`field checkbox`,children:[G(`input`,{id:`delete-sure`,type:`checkbox`,checked:r,onChange:e=>i(e.currentTarget.checked)}),G(`label`,{for:`delete-sure`,children:`I understand that this cannot be undone`})]}),G(`div`,{class:`actions`,children:[G(ri,{busy:a.busy,variant:`danger`,disabled:!r,children:`Delete my account`}),G(`a`,{class:`btn secondary`,href:W(`/account`),children:`Cancel`})]})]})]})}function Hi(e){return G(ni,{title:`Your recovery codes`,testid:`recovery-codes-panel`,children:[G(`p`,{children:[`Each code signs you in once if you lose your authenticator. `,G(`strong`,{children:`Save them now`}),` (print them or keep them in a password manager): they are not shown again.`]}),G(`ol`,{class:`codes`,"data-testid":`recovery-codes`,children:e.codes.map(e=>G(`li`,{children:G(`code`,{"data-testid":`recovery-code`,children:e})},e))}),G(`div`,{class:`actions`,children:[G(ii,{onClick:()=>{navigator.clipboard?.writeText(e.codes.join(`
`)).catch(()=>void 0)},children:`Copy codes`}),G(ii,{variant:`primary`,onClick:e.onDone,children:`I have saved my recovery codes`})]})]})}function Ui(e){let[t,n]=N(null),[r,i]=N(``),[a,o]=N(null),s=U(),c=U(),l=()=>s.run(async()=>{n(await Bn()),i(``)});return a?G(q,{title:`Two-factor authentication`,children:G(Hi,{codes:a,onDone:()=>o(null)})}):G(q,{title:`Two-factor authentication`,children:[G(`p`,{"data-testid":`totp-status`,class:`status-line`,children:[`Two-factor authentication is`,` `,e.user.totpEnabled?G(`span`,{class:`badge ok`,children:`On`}):G(`span`,{class:`badge`,children:`Off`})]}),e.user.totpEnabled?G(ni,{title:`Manage`,children:[G(`p`,{children:`Signing in asks for a code from your authenticator app (or a recovery code) after your password or sign-in provider.`}),G(`ul`,{class:`link-list`,children:[G(`li`,{children:G(`a`,{href:W(`/security/recovery-codes`),children:`Generate new recovery codes`})}),G(`li`,{children:G(`a`,{href:W(`/security/disable`),class:`danger-link`,children:`Turn off two-factor authentication`})})]})]}):t?G(ni,{title:`Set up your authenticator app`,testid:`totp-enrollment`,children:G(`ol`,{class:`steps`,children:[G(`li`,{children:[G(`p`,{children:`Scan this QR code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator or 1Password).`}),G(`img`,{class:`qr`,src:t.qrCodeDataUrl,alt:`QR code for your authenticator app`,width:200,height:200,"data-testid":`totp-qr`})]}),G(`li`,{children:[G(`p`,{children:`Or type this secret into the app:`}),G(`p`,{children:G(`code`,{class:`secret`,"data-testid":`totp-secret`,children:t.secret})})]}),G(`li`,{children:[G(`p`,{children:`Enter the 6-digit code the app shows now.`}),G(J,{onSubmit:()=>c.run(async()=>{let e=await Vn(r.trim());n(null),i(``),o(e),await hr().catch(()=>null)},`Two-factor authentication is on.`),label:`Confirm two-factor authentication`,children:[G(K,{label:`Code from your authenticator app`,value:r,onInput:i,autoComplete:`one-time-code`,inputMode:`numeric`,required:!0,maxLength:10,autoFocus:!0}),G(`div`,{class:`actions`,children:[G(ri,{busy:c.busy,children:`Turn on two-factor authentication`}),G(ii,{onClick:()=>n(null),children:`Cancel`})]})]})]})]})}):G(ni,{title:`Protect your account`,children:[G(`p`,{children:`With two-factor authentication, signing in also needs a code from an app on your phone.`}),G(`div`,{class:`actions`,children:G(ii,{variant:`primary`,busy:s.busy,onClick:()=>void l(),children:`Set up two-factor authentication`})})]})]})}function Wi(){let[e,t]=N(``),[n,r]=N(null),i=U();return G(q,{title:`New recovery codes`,narrow:!0,children:n?G(Hi,{codes:n,onDone:()=>jr(`/security`)}):G(S,{children:[G(`p`,{children:`New codes replace all your current recovery codes.`}),G(J,{onSubmit:()=>i.run(async()=>{r(await Hn(e.trim())),t(``)},`New recovery codes generated; the old ones no longer work.`,{retryAfterReauth:!1}),label:`Generate new recovery codes`,children:[G(ti,{label:`Authentication code`,value:e,onInput:t,hint:`The 6-digit code from your authenticator app.`,autoFocus:!0}),G(`div`,{class:`actions`,children:[G(ri,{busy:i.busy,children:`Generate new recovery codes`}),G(`a`,{class:`btn secondary`,href:W(`/security`),children:`Cancel`})]})]})]})})}function Gi(e){let[t,n]=N(``),[r,i]=N(``),a=U(),o=!e.user.hasPassword;return G(q,{title:`Turn off two-factor authentication`,narrow:!0,children:[G(`p`,{children:o?`Signing in will ask for your sign-in provider only. Your account has no password: you may be asked to confirm it's you with your sign-in provider.`:`Signing in will ask for your password only.`}),G(J,{onSubmit:()=>a.run(async()=>{await Un(o?null:t,r.trim()),await hr().catch(()=>null),jr(`/security`)},`Two-factor authentication is off.`),label:`Turn off two-factor authentication`,children:[!o&&G(K,{label:`Password`,type:`password`,value:t,onInput:n,autoComplete:`current-password`,required:!0,autoFocus:!0}),G(ti,{label:`Authentication code`,value:r,onInput:i,autoFocus:o}),G(`div`,{class:`actions`,children:[G(ri,{busy:a.busy,variant:`danger`,children:`Turn off two-factor authentication`}),G(`a`,{class:`btn secondary`,href:W(`/security`),children:`Cancel`})]})]})]})}function Ki(e){let t=e.session,n=U();return G(`li`,{class:`row session`,"data-testid":`session-row`,"data-current":t.current?`true`:`false`,children:[G(`div`,{class:`row-main`,children:[G(`p`,{class:`row-title`,children:[ui(t.userAgent),t.current&&G(`span`,{class:`badge ok`,"data-testid":`session-current`,children:`This device`})]}),G(`p`,{class:`muted small`,children:[t.ip?`IP ${t.ip} · `:``,`signed in `,G(ci,{at:t.createdAt}),` · last active `,G(ci,{at:t.lastUsedAt})]})]}),G(`div`,{class:`actions`,children:t.current?G(ii,{onClick:()=>void vr(),children:`Sign out`}):G(ii,{variant:`danger-quiet`,busy:n.busy,onClick:()=>void n.run(async()=>{await Gn(t.id),e.onChanged()},`Session revoked: that device is signed out.`),children:`Revoke`})})]})}function qi(){let e=Er(Wn,[]),t=U(),n=e.data,r=n?n.filter(e=>!e.current).length:0;return G(q,{title:`Sessions`,intro:G(`p`,{children:`Every device where you are signed in. Revoke any you do not recognise.`}),children:G(ni,{title:`Signed-in devices`,children:[!n&&e.loading&&G(li,{what:`sessions`}),n&&G(S,{children:[G(`p`,{class:`muted`,"data-testid":`session-count`,children:[n.length,` session`,n.length===1?``:`s`]}),G(`ul`,{class:`rows`,children:n.map(t=>G(Ki,{session:t,onChanged:()=>void e.reload()},t.id))}),G(`div`,{class:`actions`,children:G(ii,{variant:`danger`,busy:t.busy,disabled:r===0,onClick:()=>void t.run(async()=>{await Kn(),await e.reload()},`Every other session was signed out.`),children:`Sign out all other sessions`})})]})]})})}var Ji={SIGN_IN_SUCCEEDED:`Signed in`,SIGN_IN_FAILED:`Failed sign-in`,REFRESH_TOKEN_REUSED:`Stolen-token alarm: session revoked`,PASSWORD_CHANGED:`Password changed`,PASSWORD_RESET:`Password reset`,EMAIL_CHANGED:`Email changed`,TOTP_ENABLED:`Two-factor authentication turned on`,TOTP_DISABLED:`Two-factor authentication turned off`,ROLE_CHANGED:`Role changed`,ACCOUNT_DISABLED:`Account disabled`,ACCOUNT_ENABLED:`Account enabled`,ACCOUNT_DELETED:`Account deleted`,TWO_FACTOR_RESET:`Two-factor authentication reset by an admin`,IDENTITY_LINKED:`Sign-in provider linked`,IDENTITY_UNLINKED:`Sign-in provider unlinked`,PASSKEY_ADDED:`Passkey added`,PASSKEY_REMOVED:`Passkey removed`},Yi=new Set([`SIGN_IN_FAILED`,`REFRESH_TOKEN_REUSED`,`ACCOUNT_DISABLED`]),Xi={pwd:`password`,"pwd totp":`password + authenticator code`,"pwd recovery":`password + recovery code`,fed:`sign-in provider`,"fed totp":`sign-in provider + authenticator code`,"fed recovery":`sign-in provider + recovery code`,"hwk user":`passkey`,wrong_password:`wrong password`,wrong_second_factor:`wrong second factor`,account_disabled:`account disabled`,email:`email link`};function Zi(e){if(!e)return``;try{let t=JSON.parse(e),n=[];for(let[e,r]of Object.entries(t)){let t=typeof r==`string`?Xi[r]??r:JSON.stringify(r),i=e===`amr`?`method`:e===`by`?`by admin`:e===`sessionId`?`session`:e;n.push(`${i}: ${t}`)}return n.join(`, `)}catch{return e}}function Qi(e){let t=e.event,n=Zi(t.detail);return G(`li`,{class:`row event${Yi.has(t.kind)?` warn`:``}`,"data-testid":`event-row`,"data-kind":t.kind,children:[G(`p`,{class:`row-title`,children:[G(`span`,{"data-testid":`event-kind`,children:Ji[t.kind]??t.kind}),G(`span`,{class:`muted small`,children:[` `,`· `,G(ci,{at:t.at})]})]}),G(`p`,{class:`muted small`,children:[n,t.ip?`IP ${t.ip}`:``,t.userAgent?ui(t.userAgent):``].filter(Boolean).join(` · `)})]})}function $i(e){let[t,n]=N([null]),[r,i]=N(e.resetKey);r!==e.resetKey&&(i(e.resetKey),n([null]));let a=t[t.length-1]??null,o=t.length,s=Er(async()=>({...await e.load(20,a),page:o}),[a,o,e.resetKey]),c=s.data;if(!c)return s.loading?G(li,{what:`events`}):null;let l=c.totalCount,u=l===null?null:Math.max(1,Math.ceil(l/20));return G(S,{children:[G(`p`,{class:`muted`,"data-testid":`event-count`,children:c.events.length===0&&c.page===1?`No events yet.`:l===null?`Page ${c.page}`:`${l} event${l===1?``:`s`} · page ${c.page} of ${u}`}),G(`ul`,{class:`rows`,"data-testid":`event-list`,"aria-busy":s.loading?`true`:void 0,children:c.events.map(e=>G(Qi,{event:e},e.id))}),G(ai,{label:e.label,busy:s.loading,hasPrevious:c.page>1,hasNext:c.pageInfo.hasNextPage,onPrevious:()=>n(t.slice(0,c.page-1)),onNext:()=>{c.pageInfo.endCursor&&n([...t.slice(0,c.page),c.pageInfo.endCursor])}})]})}function ea(e){return G(q,{title:`Security activity`,intro:G(`p`,{children:`Sign-ins, failed attempts and changes to your account, newest first. Something you do not recognise? Change your password and revoke your sessions.`}),children:G(ni,{title:`Events`,children:G($i,{load:qn,resetKey:e.userId,label:`Security activity pages`})})})}var ta=!0,na=`uplot`,ra=`u-hz`,ia=`u-vt`,aa=`u-title`,oa=`u-wrap`,sa=`u-under`,ca=`u-over`,la=`u-axis`,ua=`u-off`,da=`u-select`,fa=`u-cursor-x`,pa=`u-cursor-y`,ma=`u-cursor-pt`,ha=`u-legend`,ga=`u-live`,_a=`u-inline`,va=`u-series`,ya=`u-marker`,ba=`u-label`,xa=`u-value`,Sa=`width`,Ca=`height`,wa=`top`,Ta=`bottom`,Ea=`left`,Da=`right`,Oa=`#000`,ka=`#0000`,Aa=`mousemove`,ja=`mousedown`,Ma=`mouseup`,Na=`mouseenter`,Pa=`mouseleave`,Fa=`dblclick`,Ia=`resize`,La=`scroll`,Ra=`change`,za=`dppxchange`,Ba=`--`,Va=typeof window<`u`,Ha=Va?document:null,Ua=Va?window:null,Wa=Va?navigator:null,Y,Ga;function Ka(){let e=devicePixelRatio;Y!=e&&(Y=e,Ga&&so(Ra,Ga,Ka),Ga=matchMedia(`(min-resolution: ${Y-.001}dppx) and (max-resolution: ${Y+.001}dppx)`),oo(Ra,Ga,Ka),Ua.dispatchEvent(new CustomEvent(za)))}function qa(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Ja(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Ya(e,t,n){e.style[t]=n+`px`}function Xa(e,t,n,r){let i=Ha.createElement(e);return t!=null&&qa(i,t),n?.insertBefore(i,r),i}function Za(e,t){return Xa(`div`,e,t)}var Qa=new WeakMap;function $a(e,t,n,r,i){let a=`translate(`+t+`px,`+n+`px)`;a!=Qa.get(e)&&(e.style.transform=a,Qa.set(e,a),t<0||n<0||t>r||n>i?qa(e,ua):Ja(e,ua))}var eo=new WeakMap;function to(e,t,n){let r=t+n;r!=eo.get(e)&&(eo.set(e,r),e.style.background=t,e.style.borderColor=n)}var no=new WeakMap;function ro(e,t,n,r){let i=t+``+n;i!=no.get(e)&&(no.set(e,i),e.style.height=n+`px`,e.style.width=t+`px`,e.style.marginLeft=r?-t/2+`px`:0,e.style.marginTop=r?-n/2+`px`:0)}var io={passive:!0},ao={...io,capture:!0};function oo(e,t,n,r){t.addEventListener(e,n,r?ao:io)}function so(e,t,n,r){t.removeEventListener(e,n,io)}Va&&Ka();function co(e,t,n,r){let i;n||=0,r||=t.length-1;let a=r<=0x7fffffff;for(;r-n>1;)i=a?n+r>>1:Ao((n+r)/2),t[i]<e?n=i:r=i;return e-t[n]<=t[r]-e?n:r}function lo(e){return(t,n,r)=>{let i=-1,a=-1;for(let a=n;a<=r;a++)if(e(t[a])){i=a;break}for(let i=r;i>=n;i--)if(e(t[i])){a=i;break}return[i,a]}}var uo=e=>e!=null,fo=e=>e!=null&&e>0,po=lo(uo),mo=lo(fo);function ho(e,t,n,r=0,i=!1){let a=i?mo:po,o=i?fo:uo;[t,n]=a(e,t,n);let s=e[t],c=e[t];if(t>-1){if(r==1)s=e[t],c=e[n];else if(r==-1)s=e[n],c=e[t];else for(let r=t;r<=n;r++){let t=e[r];o(t)&&(t<s?s=t:t>c&&(c=t))}}return[s??Vo,c??-Vo]}function go(e,t,n,r){let i=Io(e),a=Io(t);e==t&&(i==-1?(e*=n,t/=n):(e/=n,t*=n));let o=n==10?Lo:Ro,s=i==1?Ao:Mo,c=a==1?Mo:Ao,l=s(o(ko(e))),u=c(o(ko(t))),d=Fo(n,l),f=Fo(n,u);return n==10&&(l<0&&(d=Q(d,-l)),u<0&&(f=Q(f,-u))),r||n==2?(e=d*i,t=f*a):(e=ts(e,d),t=es(t,f)),[e,t]}function _o(e,t,n,r){let i=go(e,t,n,r);return e==0&&(i[0]=0),t==0&&(i[1]=0),i}var vo=.1,yo={mode:3,pad:vo},bo={pad:0,soft:null,mode:0},xo={min:bo,max:bo};function So(e,t,n,r){return fs(n)?wo(e,t,n):(bo.pad=n,bo.soft=r?0:null,bo.mode=r?3:0,wo(e,t,xo))}function X(e,t){return e??t}function Co(e,t,n){for(t=X(t,0),n=X(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function wo(e,t,n){let r=n.min,i=n.max,a=X(r.pad,0),o=X(i.pad,0),s=X(r.hard,-Vo),c=X(i.hard,Vo),l=X(r.soft,Vo),u=X(i.soft,-Vo),d=X(r.mode,0),f=X(i.mode,0),p=t-e,m=Lo(p),h=Po(ko(e),ko(t)),g=ko(Lo(h)-m);(p<1e-24||g>10)&&(p=0,(e==0||t==0)&&(p=1e-24,d==2&&l!=Vo&&(a=0),f==2&&u!=-Vo&&(o=0)));let _=p||h||1e3,v=Fo(10,Ao(Lo(_))),y=Q(ts(e-_*(p==0?e==0?.1:1:a),v/10),24),b=e>=l&&(d==1||d==3&&y<=l||d==2&&y>=l)?l:Vo,x=Po(s,y<b&&e>=b?b:No(b,y)),S=Q(es(t+_*(p==0?t==0?.1:1:o),v/10),24),C=t<=u&&(f==1||f==3&&S>=u||f==2&&S<=u)?u:-Vo,w=No(c,S>C&&t<=C?C:Po(C,S));return x==w&&x==0&&(w=100),[x,w]}var To=new Intl.NumberFormat(Va?Wa.language:`en-US`),Eo=e=>To.format(e),Do=Math,Oo=Do.PI,ko=Do.abs,Ao=Do.floor,jo=Do.round,Mo=Do.ceil,No=Do.min,Po=Do.max,Fo=Do.pow,Io=Do.sign,Lo=Do.log10,Ro=Do.log2,zo=(e,t=1)=>Do.sinh(e)*t,Bo=(e,t=1)=>Do.asinh(e/t),Vo=1/0;function Ho(e){return(Lo((e^e>>31)-(e>>31))|0)+1}function Uo(e,t,n){return No(Po(e,t),n)}function Wo(e){return typeof e==`function`}function Z(e){return Wo(e)?e:()=>e}var Go=()=>{},Ko=e=>e,qo=(e,t)=>t,Jo=e=>null,Yo=e=>!0,Xo=(e,t)=>e==t,Zo=/\.\d*?(?=9{6,}|0{6,})/gm,Qo=e=>{if(ls(e)||ns.has(e))return e;let t=`${e}`,n=t.match(Zo);if(n==null)return e;let r=n[0].length-1;if(t.indexOf(`e-`)!=-1){let[e,n]=t.split(`e`);return+`${Qo(e)}e${n}`}return Q(e,r)};function $o(e,t){return Qo(Q(Qo(e/t))*t)}function es(e,t){return Qo(Mo(Qo(e/t))*t)}function ts(e,t){return Qo(Ao(Qo(e/t))*t)}function Q(e,t=0){if(ls(e))return e;let n=10**t;return jo(e*n*(1+2**-52))/n}var ns=new Map;function rs(e){return((``+e).split(`.`)[1]||``).length}function is(e,t,n,r){let i=[],a=r.map(rs);for(let o=t;o<n;o++){let t=ko(o),n=Q(Fo(e,o),t);for(let s=0;s<r.length;s++){let c=e==10?+`${r[s]}e${o}`:r[s]*n,l=(o>=0?0:t)+(o>=a[s]?0:a[s]),u=e==10?c:Q(c,l);i.push(u),ns.set(u,l)}}return i}var as={},os=[],ss=[null,null],cs=Array.isArray,ls=Number.isInteger,us=e=>e===void 0;function ds(e){return typeof e==`string`}function fs(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function ps(e){return typeof e==`object`&&!!e}var ms=Object.getPrototypeOf(Uint8Array),hs=`__proto__`;function gs(e,t=fs){let n;if(cs(e)){let r=e.find(e=>e!=null);if(cs(r)||t(r)){n=Array(e.length);for(let r=0;r<e.length;r++)n[r]=gs(e[r],t)}else n=e.slice()}else if(e instanceof ms)n=e.slice();else if(t(e)){n={};for(let r in e)r!=hs&&(n[r]=gs(e[r],t))}else n=e;return n}function _s(e){let t=arguments;for(let n=1;n<t.length;n++){let r=t[n];for(let t in r)t!=hs&&(fs(e[t])?_s(e[t],gs(r[t])):e[t]=gs(r[t]))}return e}var vs=0,ys=1,bs=2;function xs(e,t,n){for(let r=0,i,a=-1;r<t.length;r++){let o=t[r];if(o>a){for(i=o-1;i>=0&&e[i]==null;)e[i--]=null;for(i=o+1;i<n&&e[i]==null;)e[a=i++]=null}}}var Ss=typeof queueMicrotask>`u`?e=>Promise.resolve().then(e):queueMicrotask;function Cs(e){let t=e[0],n=t.length,r=Array(n);for(let e=0;e<r.length;e++)r[e]=e;r.sort((e,n)=>t[e]-t[n]);let i=[];for(let t=0;t<e.length;t++){let a=e[t],o=Array(n);for(let e=0;e<n;e++)o[e]=a[r[e]];i.push(o)}return i}function ws(e){let t=e[0][0],n=t.length;for(let r=1;r<e.length;r++){let i=e[r][0];if(i.length!=n)return!1;if(i!=t){for(let e=0;e<n;e++)if(i[e]!=t[e])return!1}}return!0}function Ts(e,t=100){let n=e.length;if(n<=1)return!0;let r=0,i=n-1;for(;r<=i&&e[r]==null;)r++;for(;i>=r&&e[i]==null;)i--;if(i<=r)return!0;let a=Po(1,Ao((i-r+1)/t));for(let t=e[r],n=r+a;n<=i;n+=a){let r=e[n];if(r!=null){if(r<=t)return!1;t=r}}return!0}var Es=[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],Ds=[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`];function Os(e){return e.slice(0,3)}var ks=Ds.map(Os),As={MMMM:Es,MMM:Es.map(Os),WWWW:Ds,WWW:ks};function js(e){return(e<10?`0`:``)+e}function Ms(e){return(e<10?`00`:e<100?`0`:``)+e}var Ns={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+``).slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>js(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>js(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>js(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?`PM`:`AM`,aa:e=>e.getHours()>=12?`pm`:`am`,a:e=>e.getHours()>=12?`p`:`a`,mm:e=>js(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>js(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Ms(e.getMilliseconds())};function Ps(e,t){t||=As;let n=[],r=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=r.exec(e);)n.push(i[0][0]==`{`?Ns[i[1]]:i[0]);return e=>{let r=``;for(let i=0;i<n.length;i++)r+=typeof n[i]==`string`?n[i]:n[i](e,t);return r}}var Fs=new Intl.DateTimeFormat().resolvedOptions().timeZone,Is=e=>e%1==0,Ls=[1,2,2.5,5],Rs=is(10,-32,0,Ls),zs=is(10,0,32,Ls),Bs=zs.filter(Is),Vs=Rs.concat(zs),Hs=`
`,Us=`{YYYY}`,Ws=Hs+Us,Gs=`{M}/{D}`,Ks=Hs+Gs,qs=Ks+`/{YY}`,Js=`{aa}`,Ys=`{h}:{mm}`+Js,Xs=Hs+Ys,Zs=`:{ss}`,$=null;function Qs(e){let t=e*1e3,n=t*60,r=n*60,i=r*24,a=i*30,o=i*365,s=(e==1?is(10,0,3,Ls).filter(Is):is(10,-3,0,Ls)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,r,r*2,r*3,r*4,r*6,r*8,r*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),c=[[o,Us,$,$,$,$,$,$,1],[i*28,`{MMM}`,Ws,$,$,$,$,$,1],[i,Gs,Ws,$,$,$,$,$,1],[r,`{h}`+Js,qs,$,Ks,$,$,$,1],[n,Ys,qs,$,Ks,$,$,$,1],[t,Zs,qs+` `+Ys,$,Ks+` `+Ys,$,Xs,$,1],[e,Zs+`.{fff}`,qs+` `+Ys,$,Ks+` `+Ys,$,Xs,$,1]];function l(t){return(s,c,l,u,d,f)=>{let p=[],m=d>=o,h=d>=a&&d<o,g=t(l),_=Q(g*e,3),v=cc(g.getFullYear(),m?0:g.getMonth(),h||m?1:g.getDate()),y=Q(v*e,3);if(h||m){let n=h?d/a:0,r=m?d/o:0,i=_==y?_:Q(cc(v.getFullYear()+r,v.getMonth()+n,1)*e,3),s=new Date(jo(i/e)),c=s.getFullYear(),l=s.getMonth();for(let a=0;i<=u;a++){let o=cc(c+r*a,l+n*a,1),s=o-t(Q(o*e,3));i=Q((+o+s)*e,3),i<=u&&p.push(i)}}else{let a=d>=i?i:d,o=y+(Ao(l)-Ao(_))+es(_-y,a);p.push(o);let m=t(o),h=m.getHours()+m.getMinutes()/n+m.getSeconds()/r,g=d/r,v=f/s.axes[c]._space;for(;o=Q(o+d,e==1?0:3),!(o>u);)if(g>1){let e=Ao(Q(h+g,6))%24,n=t(o).getHours()-e;n>1&&(n=-1),o-=n*r,h=(h+g)%24;let i=p[p.length-1];Q((o-i)/d,3)*v>=.7&&p.push(o)}else p.push(o)}return p}}return[s,c,l]}var[$s,ec,tc]=Qs(1),[nc,rc,ic]=Qs(.001);is(2,-53,53,[1]);function ac(e,t){return e.map(e=>e.map((n,r)=>r==0||r==8||n==null?n:t(r==1||e[8]==0?n:e[1]+n)))}function oc(e,t){return(n,r,i,a,o)=>{let s=t.find(e=>o>=e[0])||t[t.length-1],c,l,u,d,f,p;return r.map(t=>{let n=e(t),r=n.getFullYear(),i=n.getMonth(),a=n.getDate(),o=n.getHours(),m=n.getMinutes(),h=n.getSeconds(),g=r!=c&&s[2]||i!=l&&s[3]||a!=u&&s[4]||o!=d&&s[5]||m!=f&&s[6]||h!=p&&s[7]||s[1];return c=r,l=i,u=a,d=o,f=m,p=h,g(n)})}}function sc(e,t){let n=Ps(t);return(t,r,i,a,o)=>r.map(t=>n(e(t)))}function cc(e,t,n){return new Date(e,t,n)}function lc(e,t){return t(e)}var uc=`{YYYY}-{MM}-{DD} {h}:{mm}{aa}`;function dc(e,t){return(n,r,i,a)=>a==null?Ba:t(e(r))}function fc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function pc(e,t){return e.series[t].fill(e,t)}var mc={show:!0,live:!0,isolate:!1,mount:Go,markers:{show:!0,width:2,stroke:fc,fill:pc,dash:`solid`},idx:null,idxs:null,values:[]};function hc(e,t){let n=e.cursor.points,r=Za(),i=n.size(e,t);Ya(r,Sa,i),Ya(r,Ca,i);let a=i/-2;Ya(r,`marginLeft`,a),Ya(r,`marginTop`,a);let o=n.width(e,t,i);return o&&Ya(r,`borderWidth`,o),r}function gc(e,t){let n=e.series[t].points;return n._fill||n._stroke}function _c(e,t){let n=e.series[t].points;return n._stroke||n._fill}function vc(e,t){return e.series[t].points.size}var yc=[0,0];function bc(e,t,n){return yc[0]=t,yc[1]=n,yc}function xc(e,t,n,r=!0){return e=>{e.button!=0||r&&e.target!=t||n(e)}}function Sc(e,t,n,r=!0){return e=>{r&&e.target!=t||n(e)}}var Cc={show:!0,x:!0,y:!0,lock:!1,move:bc,points:{one:!1,show:hc,size:vc,width:0,stroke:_c,fill:gc},bind:{mousedown:xc,mouseup:xc,click:xc,dblclick:xc,mousemove:Sc,mouseleave:Sc,mouseenter:Sc},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,r,i)=>r-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},wc={show:!0,stroke:`rgba(0,0,0,0.07)`,width:2},Tc=_s({},wc,{filter:qo}),Ec=_s({},Tc,{size:10}),Dc=_s({},wc,{show:!1}),Oc=`12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"`,kc=`bold `+Oc,Ac=1.5,jc={show:!0,scale:`x`,stroke:Oa,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:kc,side:2,grid:Tc,ticks:Ec,border:Dc,font:Oc,lineGap:Ac,rotate:0},Mc=`Value`,Nc=`Time`,Pc={show:!0,scale:`x`,auto:!1,sorted:1,min:Vo,max:-1/0,idxs:[]};function Fc(e,t,n,r,i){return t.map(e=>e==null?``:Eo(e))}function Ic(e,t,n,r,i,a,o){let s=[],c=ns.get(i)||0;n=o?n:Q(es(n,i),c);for(let e=n;e<=r;e=Q(e+i,c))s.push(Object.is(e,-0)?0:e);return s}function Lc(e,t,n,r,i,a,o){let s=[],c=e.scales[e.axes[t].scale].log;i=Fo(c,Ao((c==10?Lo:Ro)(n))),c==10&&(i=Vs[co(i,Vs)]);let l=n,u=i*c;c==10&&(u=Vs[co(u,Vs)]);do s.push(l),l+=i,c==10&&!ns.has(l)&&(l=Q(l,ns.get(i))),l>=u&&(i=l,u=i*c,c==10&&(u=Vs[co(u,Vs)]));while(l<=r);return s}function Rc(e,t,n,r,i,a,o){let s=e.scales[e.axes[t].scale].asinh,c=r>s?Lc(e,t,Po(s,n),r,i):[s],l=r>=0&&n<=0?[0]:[];return(n<-s?Lc(e,t,Po(s,-r),-n,i):[s]).reverse().map(e=>-e).concat(l,c)}var zc=/./,Bc=/[12357]/,Vc=/[125]/,Hc=/1/,Uc=(e,t,n,r)=>e.map((e,i)=>t==4&&e==0||i%r==0&&n.test(e.toExponential()[+(e<0)])?e:null);function Wc(e,t,n,r,i){let a=e.axes[n],o=a.scale,s=e.scales[o],c=e.valToPos,l=a._space,u=c(10,o),d=c(9,o)-u>=l?zc:c(7,o)-u>=l?Bc:c(5,o)-u>=l?Vc:Hc;if(d==Hc){let e=ko(c(1,o)-u);if(e<l)return Uc(t.slice().reverse(),s.distr,d,Mo(l/e)).reverse()}return Uc(t,s.distr,d,1)}function Gc(e,t,n,r,i){let a=e.axes[n],o=a.scale,s=a._space,c=e.valToPos,l=ko(c(1,o)-c(2,o));return l<s?Uc(t.slice().reverse(),3,zc,Mo(s/l)).reverse():t}function Kc(e,t,n,r){return r==null?Ba:t==null?``:Eo(t)}var qc={show:!0,scale:`y`,stroke:Oa,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:kc,side:3,grid:Tc,ticks:Ec,border:Dc,font:Oc,lineGap:Ac,rotate:0};function Jc(e,t){return Q((3+(e||1)*2)*t,3)}function Yc(e,t){let{scale:n,idxs:r}=e.series[0],i=e._data[0],a=e.valToPos(i[r[0]],n,!0),o=ko(e.valToPos(i[r[1]],n,!0)-a)/(e.series[t].points.space*Y);return r[1]-r[0]<=o}var Xc={scale:null,auto:!0,sorted:0,min:Vo,max:-1/0},Zc=(e,t,n,r,i)=>i,Qc={show:!0,auto:!0,sorted:0,gaps:Zc,alpha:1,facets:[_s({},Xc,{scale:`x`}),_s({},Xc,{scale:`y`})]},$c={scale:`y`,auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Zc,alpha:1,points:{show:Yc,filter:null},values:null,min:Vo,max:-1/0,idxs:[],path:null,clip:null};function el(e,t,n,r,i){return n/10}var tl={time:ta,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},nl=_s({},tl,{time:!1,ori:1}),rl={};function il(e,t){let n=rl[e];return n||(n={key:e,plots:[],sub(e){n.plots.push(e)},unsub(e){n.plots=n.plots.filter(t=>t!=e)},pub(e,t,r,i,a,o,s){for(let c=0;c<n.plots.length;c++)n.plots[c]!=t&&n.plots[c].pub(e,t,r,i,a,o,s)}},e!=null&&(rl[e]=n)),n}var al=1,ol=2;function sl(e,t,n){let r=e.mode,i=e.series[t],a=r==2?e._data[t]:e._data,o=e.scales,s=e.bbox,c=a[0],l=r==2?a[1]:a[t],u=r==2?o[i.facets[0].scale]:o[e.series[0].scale],d=r==2?o[i.facets[1].scale]:o[i.scale],f=s.left,p=s.top,m=s.width,h=s.height,g=e.valToPosH,_=e.valToPosV;return u.ori==0?n(i,c,l,u,d,g,_,f,p,m,h,gl,vl,bl,Sl,wl):n(i,c,l,u,d,_,g,p,f,h,m,_l,yl,xl,Cl,Tl)}function cl(e,t){let n=0,r=0,i=X(e.bands,os);for(let e=0;e<i.length;e++){let a=i[e];a.series[0]==t?n=a.dir:a.series[1]==t&&(a.dir==1?r|=1:r|=2)}return[n,r==1?-1:r==2?1:r==3?2:0]}function ll(e,t,n,r,i){let a=e.mode,o=e.series[t],s=a==2?o.facets[1].scale:o.scale,c=e.scales[s];return i==-1?c.min:i==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function ul(e,t,n,r,i,a){return sl(e,t,(e,t,o,s,c,l,u,d,f,p,m)=>{let h=e.pxRound,g=s.dir*(s.ori==0?1:-1),_=s.ori==0?vl:yl,v,y;g==1?(v=n,y=r):(v=r,y=n);let b=h(l(t[v],s,p,d)),x=h(u(o[v],c,m,f)),S=h(l(t[y],s,p,d)),C=h(u(a==1?c.max:c.min,c,m,f)),w=new Path2D(i);return _(w,S,C),_(w,b,C),_(w,b,x),w})}function dl(e,t,n,r,i,a){let o=null;if(e.length>0){o=new Path2D;let s=t==0?bl:xl,c=n;for(let t=0;t<e.length;t++){let n=e[t];if(n[1]>n[0]){let e=n[0]-c;e>0&&s(o,c,r,e,r+a),c=n[1]}}let l=n+i-c;l>0&&s(o,c,r-5,l,r+a+10)}return o}function fl(e,t,n){let r=e[e.length-1];r&&r[0]==t?r[1]=n:e.push([t,n])}function pl(e,t,n,r,i,a,o){let s=[],c=e.length;for(let l=i==1?n:r;l>=n&&l<=r;l+=i)if(t[l]===null){let u=l,d=l;if(i==1)for(;++l<=r&&t[l]===null;)d=l;else for(;--l>=n&&t[l]===null;)d=l;let f=a(e[u]),p=d==u?f:a(e[d]),m=u-i;f=o<=0&&m>=0&&m<c?a(e[m]):f;let h=d+i;p=o>=0&&h>=0&&h<c?a(e[h]):p,p>=f&&s.push([f,p])}return s}function ml(e){return e==0?Ko:e==1?jo:t=>$o(t,e)}function hl(e){let t=e==0?gl:_l,n=e==0?(e,t,n,r,i,a)=>{e.arcTo(t,n,r,i,a)}:(e,t,n,r,i,a)=>{e.arcTo(n,t,i,r,a)},r=e==0?(e,t,n,r,i)=>{e.rect(t,n,r,i)}:(e,t,n,r,i)=>{e.rect(n,t,i,r)};return(e,i,a,o,s,c=0,l=0)=>{c==0&&l==0?r(e,i,a,o,s):(c=No(c,o/2,s/2),l=No(l,o/2,s/2),t(e,i+c,a),n(e,i+o,a,i+o,a+s,c),n(e,i+o,a+s,i,a+s,l),n(e,i,a+s,i,a,l),n(e,i,a,i+o,a,c),e.closePath())}}var gl=(e,t,n)=>{e.moveTo(t,n)},_l=(e,t,n)=>{e.moveTo(n,t)},vl=(e,t,n)=>{e.lineTo(t,n)},yl=(e,t,n)=>{e.lineTo(n,t)},bl=hl(0),xl=hl(1),Sl=(e,t,n,r,i,a)=>{e.arc(t,n,r,i,a)},Cl=(e,t,n,r,i,a)=>{e.arc(n,t,r,i,a)},wl=(e,t,n,r,i,a,o)=>{e.bezierCurveTo(t,n,r,i,a,o)},Tl=(e,t,n,r,i,a,o)=>{e.bezierCurveTo(n,t,i,r,o,a)};function El(e){return(e,t,n,r,i)=>sl(e,t,(t,a,o,s,c,l,u,d,f,p,m)=>{let{pxRound:h,points:g}=t,_,v;s.ori==0?(_=gl,v=Sl):(_=_l,v=Cl);let y=Q(g.width*Y,3),b=(g.size-g.width)/2*Y,x=Q(b*2,3),S=new Path2D,C=new Path2D,{left:w,top:ee,width:T,height:E}=e.bbox;bl(C,w-x,ee-x,T+x*2,E+x*2);let D=e=>{if(o[e]!=null){let t=h(l(a[e],s,p,d)),n=h(u(o[e],c,m,f));_(S,t+b,n),v(S,t,n,b,0,Oo*2)}};if(i)i.forEach(D);else for(let e=n;e<=r;e++)D(e);return{stroke:y>0?S:null,fill:S,clip:C,flags:3}})}function Dl(e){return(t,n,r,i,a,o)=>{r!=i&&(a!=r&&o!=r&&e(t,n,r),a!=i&&o!=i&&e(t,n,i),e(t,n,o))}}var Ol=Dl(vl),kl=Dl(yl);function Al(e){let t=X(e?.alignGaps,0);return(e,n,r,i)=>sl(e,n,(a,o,s,c,l,u,d,f,p,m,h)=>{[r,i]=po(s,r,i);let g=a.pxRound,_=e=>g(u(e,c,m,f)),v=e=>g(d(e,l,h,p)),y,b;c.ori==0?(y=vl,b=Ol):(y=yl,b=kl);let x=c.dir*(c.ori==0?1:-1),S={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:al},C=S.stroke,w=!1;if(i-r>=m*4){let t=t=>e.posToVal(t,c.key,!0),n=null,a=null,l,u,d,f=_(o[x==1?r:i]),p=_(o[r]),m=_(o[i]),h=t(x==1?p+1:m-1);for(let e=x==1?r:i;e>=r&&e<=i;e+=x){let r=o[e],i=(x==1?r<h:r>h)?f:_(r),c=s[e];i==f?c==null?c===null&&(w=!0):(u=c,n==null?(y(C,i,v(u)),l=n=a=u):u<n?n=u:u>a&&(a=u)):(n!=null&&b(C,f,v(n),v(a),v(l),v(u)),c==null?(n=a=null,c===null&&(w=!0)):(u=c,y(C,i,v(u)),n=a=l=u),f=i,h=t(f+x))}n!=null&&n!=a&&d!=f&&b(C,f,v(n),v(a),v(l),v(u))}else for(let e=x==1?r:i;e>=r&&e<=i;e+=x){let t=s[e];t===null?w=!0:t!=null&&y(C,_(o[e]),v(t))}let[ee,T]=cl(e,n);if(a.fill!=null||ee!=0){let t=S.fill=new Path2D(C),s=v(a.fillTo(e,n,a.min,a.max,ee)),c=_(o[r]),l=_(o[i]);x==-1&&([l,c]=[c,l]),y(t,l,s),y(t,c,s)}if(!a.spanGaps){let l=[];w&&l.push(...pl(o,s,r,i,x,_,t)),S.gaps=l=a.gaps(e,n,r,i,l),S.clip=dl(l,c.ori,f,p,m,h)}return T!=0&&(S.band=T==2?[ul(e,n,r,i,C,-1),ul(e,n,r,i,C,1)]:ul(e,n,r,i,C,T)),S})}function jl(e){let t=X(e.align,1),n=X(e.ascDesc,!1),r=X(e.alignGaps,0),i=X(e.extend,!1);return(e,a,o,s)=>sl(e,a,(c,l,u,d,f,p,m,h,g,_,v)=>{[o,s]=po(u,o,s);let y=c.pxRound,{left:b,width:x}=e.bbox,S=e=>y(p(e,d,_,h)),C=e=>y(m(e,f,v,g)),w=d.ori==0?vl:yl,ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:al},T=ee.stroke,E=d.dir*(d.ori==0?1:-1),D=C(u[E==1?o:s]),te=S(l[E==1?o:s]),ne=te,O=te;i&&t==-1&&(O=b,w(T,O,D)),w(T,te,D);for(let e=E==1?o:s;e>=o&&e<=s;e+=E){let n=u[e];if(n==null)continue;let r=S(l[e]),i=C(n);t==1?w(T,r,D):w(T,ne,i),w(T,r,i),D=i,ne=r}let re=ne;i&&t==1&&(re=b+x,w(T,re,D));let[ie,ae]=cl(e,a);if(c.fill!=null||ie!=0){let t=ee.fill=new Path2D(T),n=C(c.fillTo(e,a,c.min,c.max,ie));w(t,re,n),w(t,O,n)}if(!c.spanGaps){let i=[];i.push(...pl(l,u,o,s,E,S,r));let f=c.width*Y/2,p=n||t==1?f:-f,m=n||t==-1?-f:f;i.forEach(e=>{e[0]+=p,e[1]+=m}),ee.gaps=i=c.gaps(e,a,o,s,i),ee.clip=dl(i,d.ori,h,g,_,v)}return ae!=0&&(ee.band=ae==2?[ul(e,a,o,s,T,-1),ul(e,a,o,s,T,1)]:ul(e,a,o,s,T,ae)),ee})}function Ml(e,t,n,r,i,a,o=Vo){if(e.length>1){let s=null;for(let c=0,l=1/0;c<e.length;c++)if(t[c]!==void 0){if(s!=null){let t=ko(e[c]-e[s]);t<l&&(l=t,o=ko(n(e[c],r,i,a)-n(e[s],r,i,a)))}s=c}}return o}function Nl(e){e||=as;let t=X(e.size,[.6,Vo,1]),n=e.align||0,r=e.gap||0,i=e.radius;i=i==null?[0,0]:typeof i==`number`?[i,0]:i;let a=Z(i),o=1-t[0],s=X(t[1],Vo),c=X(t[2],1),l=X(e.disp,as),u=X(e.each,e=>{}),{fill:d,stroke:f}=l;return(e,t,i,p)=>sl(e,t,(m,h,g,_,v,y,b,x,S,C,w)=>{let ee=m.pxRound,T=n,E=r*Y,D=s*Y,te=c*Y,ne,O;_.ori==0?[ne,O]=a(e,t):[O,ne]=a(e,t);let re=_.dir*(_.ori==0?1:-1),ie=_.ori==0?bl:xl,ae=_.ori==0?u:(e,t,n,r,i,a,o)=>{u(e,t,n,i,r,o,a)},oe=X(e.bands,os).find(e=>e.series[0]==t),se=oe==null?0:oe.dir,ce=m.fillTo(e,t,m.min,m.max,se),le=ee(b(ce,v,w,S)),k,ue,de,A=C,j=ee(m.width*Y),fe=!1,pe=null,M=null,me=null,he=null;d!=null&&(j==0||f!=null)&&(fe=!0,pe=d.values(e,t,i,p),M=new Map,new Set(pe).forEach(e=>{e!=null&&M.set(e,new Path2D)}),j>0&&(me=f.values(e,t,i,p),he=new Map,new Set(me).forEach(e=>{e!=null&&he.set(e,new Path2D)})));let{x0:ge,size:_e}=l;if(ge!=null&&_e!=null){T=1,h=ge.values(e,t,i,p),ge.unit==2&&(h=h.map(t=>e.posToVal(x+t*C,_.key,!0)));let n=_e.values(e,t,i,p);ue=_e.unit==2?n[0]*C:y(n[0],_,C,x)-y(0,_,C,x),A=Ml(h,g,y,_,C,x,A),de=A-ue+E}else A=Ml(h,g,y,_,C,x,A),de=A*o+E,ue=A-de;de<1&&(de=0),j>=ue/2&&(j=0),de<5&&(ee=Ko);let ve=de>0,ye=A-de-(ve?j:0);ue=ee(Uo(ye,te,D)),k=(T==0?ue/2:T==re?0:ue)-T*re*((T==0?E/2:0)+(ve?j/2:0));let be={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},xe=fe?null:new Path2D,Se=null;if(oe!=null)Se=e.data[oe.series[1]];else{let{y0:n,y1:r}=l;n!=null&&r!=null&&(g=r.values(e,t,i,p),Se=n.values(e,t,i,p))}let Ce=ne*ue,we=O*ue;for(let n=re==1?i:p;n>=i&&n<=p;n+=re){let r=g[n];if(r==null)continue;if(Se!=null){let e=Se[n]??0;if(r-e==0)continue;le=b(e,v,w,S)}let i=y(_.distr!=2||l!=null?h[n]:n,_,C,x),a=b(X(r,ce),v,w,S),o=ee(i-k),s=ee(Po(a,le)),c=ee(No(a,le)),u=s-c;if(r!=null){let i=r<0?we:Ce,a=r<0?Ce:we;fe?(j>0&&me[n]!=null&&ie(he.get(me[n]),o,c+Ao(j/2),ue,Po(0,u-j),i,a),pe[n]!=null&&ie(M.get(pe[n]),o,c+Ao(j/2),ue,Po(0,u-j),i,a)):ie(xe,o,c+Ao(j/2),ue,Po(0,u-j),i,a),ae(e,t,n,o-j/2,c,ue+j,u)}}return j>0?be.stroke=fe?he:xe:fe||(be._fill=m.width==0?m._fill:m._stroke??m._fill,be.width=0),be.fill=fe?M:xe,be})}function Pl(e,t){let n=X(t?.alignGaps,0);return(t,r,i,a)=>sl(t,r,(o,s,c,l,u,d,f,p,m,h,g)=>{[i,a]=po(c,i,a);let _=o.pxRound,v=e=>_(d(e,l,h,p)),y=e=>_(f(e,u,g,m)),b,x,S;l.ori==0?(b=gl,S=vl,x=wl):(b=_l,S=yl,x=Tl);let C=l.dir*(l.ori==0?1:-1),w=v(s[C==1?i:a]),ee=w,T=[],E=[];for(let e=C==1?i:a;e>=i&&e<=a;e+=C)if(c[e]!=null){let t=v(s[e]);T.push(ee=t),E.push(y(c[e]))}let D={stroke:e(T,E,b,S,x,_),fill:null,clip:null,band:null,gaps:null,flags:al},te=D.stroke,[ne,O]=cl(t,r);if(o.fill!=null||ne!=0){let e=D.fill=new Path2D(te),n=y(o.fillTo(t,r,o.min,o.max,ne));S(e,ee,n),S(e,w,n)}if(!o.spanGaps){let e=[];e.push(...pl(s,c,i,a,C,v,n)),D.gaps=e=o.gaps(t,r,i,a,e),D.clip=dl(e,l.ori,p,m,h,g)}return O!=0&&(D.band=O==2?[ul(t,r,i,a,te,-1),ul(t,r,i,a,te,1)]:ul(t,r,i,a,te,O)),D})}function Fl(e){return Pl(Il,e)}function Il(e,t,n,r,i,a){let o=e.length;if(o<2)return null;let s=new Path2D;if(n(s,e[0],t[0]),o==2)r(s,e[1],t[1]);else{let n=Array(o),r=Array(o-1),a=Array(o-1),c=Array(o-1);for(let n=0;n<o-1;n++)a[n]=t[n+1]-t[n],c[n]=e[n+1]-e[n],r[n]=a[n]/c[n];n[0]=r[0];for(let e=1;e<o-1;e++)r[e]===0||r[e-1]===0||r[e-1]>0!=r[e]>0?n[e]=0:(n[e]=3*(c[e-1]+c[e])/((2*c[e]+c[e-1])/r[e-1]+(c[e]+2*c[e-1])/r[e]),isFinite(n[e])||(n[e]=0));n[o-1]=r[o-2];for(let r=0;r<o-1;r++)i(s,e[r]+c[r]/3,t[r]+n[r]*c[r]/3,e[r+1]-c[r]/3,t[r+1]-n[r+1]*c[r]/3,e[r+1],t[r+1])}return s}var Ll=new Set;function Rl(){for(let e of Ll)e.syncRect(!0)}Va&&(oo(Ia,Ua,Rl),oo(La,Ua,Rl,!0),oo(za,Ua,()=>{eu.pxRatio=Y}));var zl=Al(),Bl=El();function Vl(e,t,n,r){return(r?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((e,r)=>Ul(e,r,t,n))}function Hl(e,t){return e.map((e,n)=>n==0?{}:_s({},t,e))}function Ul(e,t,n,r){return _s({},t==0?n:r,e)}function Wl(e,t,n){return t==null?ss:[t,n]}var Gl=Wl;function Kl(e,t,n){return t==null?ss:So(t,n,vo,!0)}function ql(e,t,n,r){return t==null?ss:go(t,n,e.scales[r].log,!1)}var Jl=ql;function Yl(e,t,n,r){return t==null?ss:_o(t,n,e.scales[r].log,!1)}var Xl=Yl;function Zl(e,t,n,r,i){let a=Po(Ho(e),Ho(t)),o=t-e,s=co(i/r*o,n);do{let e=n[s],t=r*e/o;if(t>=i&&a+(e<5?ns.get(e):0)<=17)return[e,t]}while(++s<n.length);return[0,0]}function Ql(e){let t,n;return e=e.replace(/(\d+)px/,(e,r)=>(t=jo((n=+r)*Y))+`px`),[e,t,n]}function $l(e){e.show&&[e.font,e.labelFont].forEach(e=>{let t=Q(e[2]*Y,1);e[0]=e[0].replace(/[0-9.]+px/,t+`px`),e[1]=t})}function eu(e,t,n){let r={mode:X(e.mode,1)},i=r.mode;function a(e,t,n,r){let i=t.valToPct(e);return r+n*(t.dir==-1?1-i:i)}function o(e,t,n,r){let i=t.valToPct(e);return r+n*(t.dir==-1?i:1-i)}function s(e,t,n,r){return t.ori==0?a(e,t,n,r):o(e,t,n,r)}r.valToPosH=a,r.valToPosV=o;let c=!1;r.status=0;let l=r.root=Za(na);if(e.id!=null&&(l.id=e.id),qa(l,e.class),e.title){let t=Za(aa,l);t.textContent=e.title}let u=Xa(`canvas`),d=r.ctx=u.getContext(`2d`),f=Za(oa,l);oo(`click`,f,e=>{e.target===m&&(z!=tn||B!=nn)&&sn.click(r,e)},!0);let p=r.under=Za(sa,f);f.appendChild(u);let m=r.over=Za(ca,f);e=gs(e);let h=+X(e.pxAlign,1),g=ml(h);(e.plugins||[]).forEach(t=>{t.opts&&(e=t.opts(r,e)||e)});let _=e.ms||.001,v=r.series=i==1?Vl(e.series||[],Pc,$c,!1):Hl(e.series||[null],Qc),y=r.axes=Vl(e.axes||[],jc,qc,!0),b=r.scales={},x=r.bands=e.bands||[];x.forEach(e=>{e.fill=Z(e.fill||null),e.dir=X(e.dir,-1)});let S=i==2?v[1].facets[0].scale:v[0].scale,C={axes:Bt,series:kt},w=(e.drawOrder||[`axes`,`series`]).map(e=>C[e]);function ee(e){let t=e.distr==3?t=>Lo(t>0?t:e.clamp(r,t,e.min,e.max,e.key)):e.distr==4?t=>Bo(t,e.asinh):e.distr==100?t=>e.fwd(t):e=>e;return n=>{let r=t(n),{_min:i,_max:a}=e,o=a-i;return(r-i)/o}}function T(t){let n=b[t];if(n==null){let r=(e.scales||as)[t]||as;if(r.from!=null){T(r.from);let e=_s({},b[r.from],r,{key:t});e.valToPct=ee(e),b[t]=e}else{n=b[t]=_s({},t==S?tl:nl,r),n.key=t;let e=n.time,a=n.range,o=cs(a);if((t!=S||i==2&&!e)&&(o&&(a[0]==null||a[1]==null)&&(a={min:a[0]==null?yo:{mode:1,hard:a[0],soft:a[0]},max:a[1]==null?yo:{mode:1,hard:a[1],soft:a[1]}},o=!1),!o&&fs(a))){let e=a;a=(t,n,r)=>n==null?ss:So(n,r,e)}n.range=Z(a||(e?Gl:t==S?n.distr==3?Jl:n.distr==4?Xl:Wl:n.distr==3?ql:n.distr==4?Yl:Kl)),n.auto=Z(!o&&n.auto),n.clamp=Z(n.clamp||el),n._min=n._max=null,n.valToPct=ee(n)}}}T(`x`),T(`y`),i==1&&v.forEach(e=>{T(e.scale)}),y.forEach(e=>{T(e.scale)});for(let t in e.scales)T(t);let E=b[S],D=E.distr,te,ne;E.ori==0?(qa(l,ra),te=a,ne=o):(qa(l,ia),te=o,ne=a);let O={};for(let e in b){let t=b[e];(t.min!=null||t.max!=null)&&(O[e]={min:t.min,max:t.max},t.min=t.max=null)}let re=e.tzDate||(e=>new Date(jo(e/_))),ie=e.fmtDate||Ps,ae=_==1?tc(re):ic(re),oe=oc(re,ac(_==1?ec:rc,ie)),se=dc(re,lc(uc,ie)),ce=[],le=r.legend=_s({},mc,e.legend),k=r.cursor=_s({},Cc,{drag:{y:i==2}},e.cursor),ue=le.show,de=k.show,A=le.markers;le.idxs=ce,A.width=Z(A.width),A.dash=Z(A.dash),A.stroke=Z(A.stroke),A.fill=Z(A.fill);let j,fe,pe,M=[],me=[],he,ge=!1,_e={};if(le.live){let e=v[1]?v[1].values:null;ge=e!=null,he=ge?e(r,1,0):{_:0};for(let e in he)_e[e]=Ba}if(ue){if(j=Xa(`table`,ha,l),pe=Xa(`tbody`,null,j),le.mount(r,j),ge){fe=Xa(`thead`,null,j,pe);let e=Xa(`tr`,null,fe);for(var ve in Xa(`th`,null,e),he)Xa(`th`,ba,e).textContent=ve}else qa(j,_a),le.live&&qa(j,ga)}let ye={show:!0},be={show:!1};function xe(e,t){if(t==0&&(ge||!le.live||i==2))return ss;let n=[],a=Xa(`tr`,va,pe,pe.childNodes[t]);qa(a,e.class),e.show||qa(a,ua);let o=Xa(`th`,null,a);if(A.show){let e=Za(ya,o);if(t>0){let n=A.width(r,t);n&&(e.style.border=n+`px `+A.dash(r,t)+` `+A.stroke(r,t)),e.style.background=A.fill(r,t)}}let s=Za(ba,o);for(var c in e.label instanceof HTMLElement?s.appendChild(e.label):s.textContent=e.label,t>0&&(A.show||(s.style.color=e.width>0?A.stroke(r,t):A.fill(r,t)),Ce(`click`,o,t=>{if(k._lock)return;I(t);let n=v.indexOf(e);if((t.ctrlKey||t.metaKey)!=le.isolate){let e=v.some((e,t)=>t>0&&t!=n&&e.show);v.forEach((t,r)=>{r>0&&mn(r,e?r==n?ye:be:ye,!0,Jn.setSeries)})}else mn(n,{show:!e.show},!0,Jn.setSeries)},!1),Ye&&Ce(Na,o,t=>{k._lock||(I(t),mn(v.indexOf(e),yn,!0,Jn.setSeries))},!1)),he){let e=Xa(`td`,xa,a);e.textContent=`--`,n.push(e)}return[a,n]}let Se=new Map;function Ce(e,t,n,i=!0){let a=Se.get(t)||{},o=k.bind[e](r,t,n,i);o&&(oo(e,t,a[e]=o),Se.set(t,a))}function we(e,t,n){let r=Se.get(t)||{};for(let n in r)(e==null||n==e)&&(so(n,t,r[n]),delete r[n]);e??Se.delete(t)}let Te=0,N=0,P=0,F=0,Ee=0,De=0,Oe=Ee,ke=De,Ae=P,je=F,Me=0,Ne=0,Pe=0,Fe=0;r.bbox={};let Ie=!1,Le=!1,Re=!1,ze=!1,Be=!1,Ve=!1;function He(e,t,n){(n||e!=r.width||t!=r.height)&&Ue(e,t),Vt(!1),Re=!0,Le=!0,Kt()}function Ue(e,t){r.width=Te=P=e,r.height=N=F=t,Ee=De=0,Ge(),Ke();let n=r.bbox;Me=n.left=$o(Ee*Y,.5),Ne=n.top=$o(De*Y,.5),Pe=n.width=$o(P*Y,.5),Fe=n.height=$o(F*Y,.5)}function We(){let e=!1,t=0;for(;!e;){t++;let n=Rt(t),i=zt(t);e=t==3||n&&i,e||(Ue(r.width,r.height),Le=!0)}}r.setSize=function({width:e,height:t}){He(e,t)};function Ge(){let e=!1,t=!1,n=!1,r=!1;y.forEach((i,a)=>{if(i.show&&i._show){let{side:a,_size:o}=i,s=a%2,c=o+(i.label==null?0:i.labelSize);c>0&&(s?(P-=c,a==3?(Ee+=c,r=!0):n=!0):(F-=c,a==0?(De+=c,e=!0):t=!0))}}),L[0]=e,L[1]=n,L[2]=t,L[3]=r,P-=at[1]+at[3],Ee+=at[3],F-=at[2]+at[0],De+=at[0]}function Ke(){let e=Ee+P,t=De+F,n=Ee,r=De;function i(i,a){switch(i){case 1:return e+=a,e-a;case 2:return t+=a,t-a;case 3:return n-=a,n+a;case 0:return r-=a,r+a}}y.forEach((e,t)=>{if(e.show&&e._show){let t=e.side;e._pos=i(t,e._size),e.label!=null&&(e._lpos=i(t,e.labelSize))}})}if(k.dataIdx==null){let e=k.hover,n=e.skip=new Set(e.skip??[]);n.add(void 0);let r=e.prox=Z(e.prox),i=e.bias??=0;k.dataIdx=(e,a,o,s)=>{if(a==0)return o;let c=o,l=r(e,a,o,s)??Vo,u=l>=0&&l<Vo,d=E.ori==0?P:F,f=k.left,p=t[0],m=t[a];if(n.has(m[o])){c=null;let e=null,t=null,r;if(i==0||i==-1)for(r=o;e==null&&r-->0;)n.has(m[r])||(e=r);if(i==0||i==1)for(r=o;t==null&&r++<m.length;)n.has(m[r])||(t=r);if(e!=null||t!=null){if(u){let n=e==null?-1/0:te(p[e],E,d,0),r=t==null?1/0:te(p[t],E,d,0),i=f-n,a=r-f;i<=a?i<=l&&(c=e):a<=l&&(c=t)}else c=t==null?e:e==null?t:o-e<=t-o?e:t}}else u&&ko(f-te(p[o],E,d,0))>l&&(c=null);return c}}let I=e=>{k.event=e};k.idxs=ce,k._lock=!1;let qe=k.points;qe.show=Z(qe.show),qe.size=Z(qe.size),qe.stroke=Z(qe.stroke),qe.width=Z(qe.width),qe.fill=Z(qe.fill);let Je=r.focus=_s({},e.focus||{alpha:.3},k.focus),Ye=Je.prox>=0,Xe=Ye&&qe.one,Ze=[],Qe=[],$e=[];function et(e,t){let n=qe.show(r,t);if(n instanceof HTMLElement)return qa(n,ma),qa(n,e.class),$a(n,-10,-10,P,F),m.insertBefore(n,Ze[t]),n}function tt(e,t){if(i==1||t>0){let t=i==1&&b[e.scale].time,n=e.value;e.value=t?ds(n)?dc(re,lc(n,ie)):n||se:n||Kc,e.label=e.label||(t?Nc:Mc)}if(Xe||t>0){e.width=e.width==null?1:e.width,e.paths=e.paths||zl||Jo,e.fillTo=Z(e.fillTo||ll),e.pxAlign=+X(e.pxAlign,h),e.pxRound=ml(e.pxAlign),e.stroke=Z(e.stroke||null),e.fill=Z(e.fill||null),e._stroke=e._fill=e._paths=e._focus=null;let t=Jc(Po(1,e.width),1),n=e.points=_s({},{size:t,width:Po(1,t*.2),stroke:e.stroke,space:t*2,paths:Bl,_stroke:null,_fill:null},e.points);n.show=Z(n.show),n.filter=Z(n.filter),n.fill=Z(n.fill),n.stroke=Z(n.stroke),n.paths=Z(n.paths),n.pxAlign=e.pxAlign}if(ue){let n=xe(e,t);M.splice(t,0,n[0]),me.splice(t,0,n[1]),le.values.push(null)}if(de){ce.splice(t,0,null);let n=null;Xe?t==0&&(n=et(e,t)):t>0&&(n=et(e,t)),Ze.splice(t,0,n),Qe.splice(t,0,0),$e.splice(t,0,0)}Kn(`addSeries`,t)}r.addSeries=function(e,t){t??=v.length,e=i==1?Ul(e,t,Pc,$c):Ul(e,t,{},Qc),v.splice(t,0,e),tt(v[t],t)},r.delSeries=function(e){if(v.splice(e,1),ue){le.values.splice(e,1),me.splice(e,1);let t=M.splice(e,1)[0];we(null,t.firstChild),t.remove()}de&&(ce.splice(e,1),Ze.splice(e,1)[0].remove(),Qe.splice(e,1),$e.splice(e,1)),Kn(`delSeries`,e)};let L=[!1,!1,!1,!1];function nt(e,t){if(e._show=e.show,e.show){let n=e.side%2,i=b[e.scale];i??=(e.scale=n?v[1].scale:S,b[e.scale]);let a=i.time;e.size=Z(e.size),e.space=Z(e.space),e.rotate=Z(e.rotate),cs(e.incrs)&&e.incrs.forEach(e=>{!ns.has(e)&&ns.set(e,rs(e))}),e.incrs=Z(e.incrs||(i.distr==2?Bs:a?_==1?$s:nc:Vs)),e.splits=Z(e.splits||(a&&i.distr==1?ae:i.distr==3?Lc:i.distr==4?Rc:Ic)),e.stroke=Z(e.stroke),e.grid.stroke=Z(e.grid.stroke),e.ticks.stroke=Z(e.ticks.stroke),e.border.stroke=Z(e.border.stroke);let o=e.values;e.values=cs(o)&&!cs(o[0])?Z(o):a?cs(o)?oc(re,ac(o,ie)):ds(o)?sc(re,o):o||oe:o||Fc,e.filter=Z(e.filter||(i.distr>=3&&i.log==10?Wc:i.distr==3&&i.log==2?Gc:qo)),e.font=Ql(e.font),e.labelFont=Ql(e.labelFont),e._size=e.size(r,null,t,0),e._space=e._rotate=e._incrs=e._found=e._splits=e._values=null,e._size>0&&(L[t]=!0,e._el=Za(la,f))}}function rt(e,t,n,r){let[i,a,o,s]=n,c=t%2,l=0;return c==0&&(s||a)&&(l=t==0&&!i||t==2&&!o?jo(jc.size/3):0),c==1&&(i||o)&&(l=t==1&&!a||t==3&&!s?jo(qc.size/2):0),l}let it=r.padding=(e.padding||[rt,rt,rt,rt]).map(e=>Z(X(e,rt))),at=r._padding=it.map((e,t)=>e(r,t,L,0)),ot,st=null,ct=null,lt=i==1?v[0].idxs:null,ut=null,dt=!1;function ft(e,n){if(t=e??[],r.data=r._data=t,i==2){ot=0;for(let e=1;e<v.length;e++)ot+=t[e][0].length}else{t.length==0&&(r.data=r._data=t=[[]]),ut=t[0],ot=ut.length;let e=t;if(D==2){e=t.slice();let n=e[0]=Array(ot);for(let e=0;e<ot;e++)n[e]=e}r._data=t=e}if(Vt(!0),Kn(`setData`),D==2&&(Re=!0),n!==!1){let e=E;e.auto(r,dt)?R():pn(S,e.min,e.max),ze||=k.left>=0,Ve=!0,Kt()}}r.setData=ft;function R(){dt=!0;let e,n;i==1&&(ot>0?(st=lt[0]=0,ct=lt[1]=ot-1,e=t[0][st],n=t[0][ct],D==2?(e=st,n=ct):e==n&&(D==3?[e,n]=go(e,e,E.log,!1):D==4?[e,n]=_o(e,e,E.log,!1):E.time?n=e+jo(86400/_):[e,n]=So(e,n,vo,!0))):(st=lt[0]=e=null,ct=lt[1]=n=null)),pn(S,e,n)}let pt,mt,ht,gt,_t,vt,yt,bt,xt,St;function Ct(e,t,n,r,i,a){e??=ka,n??=os,r??=`butt`,i??=ka,a??=`round`,e!=pt&&(d.strokeStyle=pt=e),i!=mt&&(d.fillStyle=mt=i),t!=ht&&(d.lineWidth=ht=t),a!=_t&&(d.lineJoin=_t=a),r!=vt&&(d.lineCap=vt=r),n!=gt&&d.setLineDash(gt=n)}function wt(e,t,n,r){t!=mt&&(d.fillStyle=mt=t),e!=yt&&(d.font=yt=e),n!=bt&&(d.textAlign=bt=n),r!=xt&&(d.textBaseline=xt=r)}function Tt(e,t,n,i,a=0){if(i.length>0&&e.auto(r,dt)&&(t==null||t.min==null)){let t=X(st,0),r=X(ct,i.length-1),o=n.min==null?ho(i,t,r,a,e.distr==3):[n.min,n.max];e.min=No(e.min,n.min=o[0]),e.max=Po(e.max,n.max=o[1])}}let Et={min:null,max:null};function Dt(){for(let e in b){let t=b[e];O[e]==null&&(t.min==null||O[S]!=null&&t.auto(r,dt))&&(O[e]=Et)}for(let e in b){let t=b[e];O[e]==null&&t.from!=null&&O[t.from]!=null&&(O[e]=Et)}O[S]!=null&&Vt(!0);let e={};for(let t in O){let n=O[t];if(n!=null){let a=e[t]=gs(b[t],ps);if(n.min!=null)_s(a,n);else if(t!=S||i==2){if(ot==0&&a.from==null){let e=a.range(r,null,null,t);a.min=e[0],a.max=e[1]}else a.min=Vo,a.max=-1/0}}}if(ot>0){v.forEach((n,a)=>{if(i==1){let i=n.scale,o=O[i];if(o==null)return;let s=e[i];if(a==0){let e=s.range(r,s.min,s.max,i);s.min=e[0],s.max=e[1],st=co(s.min,t[0]),ct=co(s.max,t[0]),ct-st>1&&(t[0][st]<s.min&&st++,t[0][ct]>s.max&&ct--),n.min=ut[st],n.max=ut[ct]}else n.show&&n.auto&&Tt(s,o,n,t[a],n.sorted);n.idxs[0]=st,n.idxs[1]=ct}else if(a>0&&n.show&&n.auto){let[r,i]=n.facets,o=r.scale,s=i.scale,[c,l]=t[a],u=e[o],d=e[s];u!=null&&Tt(u,O[o],r,c,r.sorted),d!=null&&Tt(d,O[s],i,l,i.sorted),n.min=i.min,n.max=i.max}});for(let t in e){let n=e[t],i=O[t];if(n.from==null&&(i==null||i.min==null)){let e=n.range(r,n.min==Vo?null:n.min,n.max==-1/0?null:n.max,t);n.min=e[0],n.max=e[1]}}}for(let t in e){let n=e[t];if(n.from!=null){let i=e[n.from];if(i.min==null)n.min=n.max=null;else{let e=n.range(r,i.min,i.max,t);n.min=e[0],n.max=e[1]}}}let n={},a=!1;for(let t in e){let r=e[t],i=b[t];if(i.min!=r.min||i.max!=r.max){i.min=r.min,i.max=r.max;let e=i.distr;i._min=e==3?Lo(i.min):e==4?Bo(i.min,i.asinh):e==100?i.fwd(i.min):i.min,i._max=e==3?Lo(i.max):e==4?Bo(i.max,i.asinh):e==100?i.fwd(i.max):i.max,n[t]=a=!0}}if(a){v.forEach((e,t)=>{i==2?t>0&&n.y&&(e._paths=null):n[e.scale]&&(e._paths=null)});for(let e in n)Re=!0,Kn(`setScale`,e);de&&k.left>=0&&(ze=Ve=!0)}for(let e in O)O[e]=null}function Ot(e){let t=Uo(st-1,0,ot-1),n=Uo(ct+1,0,ot-1);for(;e[t]==null&&t>0;)t--;for(;e[n]==null&&n<ot-1;)n++;return[t,n]}function kt(){if(ot>0){let e=v.some(e=>e._focus)&&St!=Je.alpha;e&&(d.globalAlpha=St=Je.alpha),v.forEach((e,n)=>{if(n>0&&e.show&&(At(n,!1),At(n,!0),e._paths==null)){let a=St;St!=e.alpha&&(d.globalAlpha=St=e.alpha);let o=i==2?[0,t[n][0].length-1]:Ot(t[n]);e._paths=e.paths(r,n,o[0],o[1]),St!=a&&(d.globalAlpha=St=a)}}),v.forEach((e,t)=>{if(t>0&&e.show){let n=St;St!=e.alpha&&(d.globalAlpha=St=e.alpha),e._paths!=null&&jt(t,!1);{let n=e._paths==null?null:e._paths.gaps,i=e.points.show(r,t,st,ct,n),a=e.points.filter(r,t,i,n);(i||a)&&(e.points._paths=e.points.paths(r,t,st,ct,a),jt(t,!0))}St!=n&&(d.globalAlpha=St=n),Kn(`drawSeries`,t)}}),e&&(d.globalAlpha=St=1)}}function At(e,t){let n=t?v[e].points:v[e];n._stroke=n.stroke(r,e),n._fill=n.fill(r,e)}function jt(e,t){let n=t?v[e].points:v[e],{stroke:r,fill:i,clip:a,flags:o,_stroke:s=n._stroke,_fill:c=n._fill,_width:l=n.width}=n._paths;l=Q(l*Y,3);let u=null,f=l%2/2;t&&c==null&&(c=l>0?`#fff`:s);let p=n.pxAlign==1&&f>0;if(p&&d.translate(f,f),!t){let e=Me-l/2,t=Ne-l/2,n=Pe+l,r=Fe+l;u=new Path2D,u.rect(e,t,n,r)}t?Nt(s,l,n.dash,n.cap,c,r,i,o,a):Mt(e,s,l,n.dash,n.cap,c,r,i,o,u,a),p&&d.translate(-f,-f)}function Mt(e,n,i,a,o,s,c,l,u,d,f){let p=!1;u!=0&&x.forEach((m,h)=>{if(m.series[0]==e){let e=v[m.series[1]],g=t[m.series[1]],_=(e._paths||as).band;cs(_)&&(_=m.dir==1?_[0]:_[1]);let y,b=null;e.show&&_&&Co(g,st,ct)?(b=m.fill(r,h)||s,y=e._paths.clip):_=null,Nt(n,i,a,o,b,c,l,u,d,f,y,_),p=!0}}),p||Nt(n,i,a,o,s,c,l,u,d,f)}function Nt(e,t,n,r,i,a,o,s,c,l,u,f){Ct(e,t,n,r,i),(c||l||f)&&(d.save(),c&&d.clip(c),l&&d.clip(l)),f?(s&3)==3?(d.clip(f),u&&d.clip(u),Ft(i,o),Pt(e,a,t)):s&ol?(Ft(i,o),d.clip(f),Pt(e,a,t)):s&al&&(d.save(),d.clip(f),u&&d.clip(u),Ft(i,o),d.restore(),Pt(e,a,t)):(Ft(i,o),Pt(e,a,t)),(c||l||f)&&d.restore()}function Pt(e,t,n){n>0&&(t instanceof Map?t.forEach((e,t)=>{d.strokeStyle=pt=t,d.stroke(e)}):t!=null&&e&&d.stroke(t))}function Ft(e,t){t instanceof Map?t.forEach((e,t)=>{d.fillStyle=mt=t,d.fill(e)}):t!=null&&e&&d.fill(t)}function It(e,t,n,i){let a=y[e],o;if(i<=0)o=[0,0];else{let s=a._space=a.space(r,e,t,n,i);o=Zl(t,n,a._incrs=a.incrs(r,e,t,n,i,s),i,s)}return a._found=o}function Lt(e,t,n,r,i,a,o,s,c,l){let u=o%2/2;h==1&&d.translate(u,u),Ct(s,o,c,l,s),d.beginPath();let f,p,m,g,_=i+(r==0||r==3?-a:a);n==0?(p=i,g=_):(f=i,m=_);for(let r=0;r<e.length;r++)t[r]!=null&&(n==0?f=m=e[r]:p=g=e[r],d.moveTo(f,p),d.lineTo(m,g));d.stroke(),h==1&&d.translate(-u,-u)}function Rt(e){let t=!0;return y.forEach((n,i)=>{if(!n.show)return;let a=b[n.scale];if(a.min==null){n._show&&(t=!1,n._show=!1,Vt(!1));return}n._show||(t=!1,n._show=!0,Vt(!1));let o=n.side,s=o%2,{min:c,max:l}=a,[u,d]=It(i,c,l,s==0?P:F);if(d==0)return;let f=a.distr==2,p=n._splits=n.splits(r,i,c,l,u,d,f),m=a.distr==2?p.map(e=>ut[e]):p,h=a.distr==2?ut[p[1]]-ut[p[0]]:u,g=n._values=n.values(r,n.filter(r,m,i,d,h),i,d,h);n._rotate=o==2?n.rotate(r,g,i,d):0;let _=n._size;n._size=Mo(n.size(r,g,i,e)),_!=null&&n._size!=_&&(t=!1)}),t}function zt(e){let t=!0;return it.forEach((n,i)=>{let a=n(r,i,L,e);a!=at[i]&&(t=!1),at[i]=a}),t}function Bt(){for(let e=0;e<y.length;e++){let t=y[e];if(!t.show||!t._show)continue;let n=t.side,i=n%2,a,o,c=t.stroke(r,e),l=n==0||n==3?-1:1,[u,f]=t._found;if(t.label!=null){let s=t.labelGap*l,p=jo((t._lpos+s)*Y);wt(t.labelFont[0],c,`center`,n==2?wa:Ta),d.save(),i==1?(a=o=0,d.translate(p,jo(Ne+Fe/2)),d.rotate((n==3?-Oo:Oo)/2)):(a=jo(Me+Pe/2),o=p);let m=Wo(t.label)?t.label(r,e,u,f):t.label;d.fillText(m,a,o),d.restore()}if(f==0)continue;let p=b[t.scale],m=i==0?Pe:Fe,h=i==0?Me:Ne,_=t._splits,v=p.distr==2?_.map(e=>ut[e]):_,x=p.distr==2?ut[_[1]]-ut[_[0]]:u,S=t.ticks,C=t.border,w=S.show?S.size:0,ee=jo(w*Y),T=jo((t.alignTo==2?t._size-w-t.gap:t.gap)*Y),E=t._rotate*-Oo/180,D=g(t._pos*Y),te=D+(ee+T)*l;o=i==0?te:0,a=i==1?te:0,wt(t.font[0],c,t.align==1?Ea:t.align==2?Da:E>0?Ea:E<0?Da:i==0?`center`:n==3?Da:Ea,E||i==1?`middle`:n==2?wa:Ta);let ne=t.font[1]*t.lineGap,O=_.map(e=>g(s(e,p,m,h))),re=t._values;for(let e=0;e<re.length;e++){let t=re[e];if(t!=null){i==0?a=O[e]:o=O[e],t=``+t;let n=t.indexOf(`
`)==-1?[t]:t.split(/\n/gm);for(let e=0;e<n.length;e++){let t=n[e];E?(d.save(),d.translate(a,o+e*ne),d.rotate(E),d.fillText(t,0,0),d.restore()):d.fillText(t,a,o+e*ne)}}}S.show&&Lt(O,S.filter(r,v,e,f,x),i,n,D,ee,Q(S.width*Y,3),S.stroke(r,e),S.dash,S.cap);let ie=t.grid;ie.show&&Lt(O,ie.filter(r,v,e,f,x),i,i==0?2:1,i==0?Ne:Me,i==0?Fe:Pe,Q(ie.width*Y,3),ie.stroke(r,e),ie.dash,ie.cap),C.show&&Lt([D],[1],+(i==0),i==0?1:2,i==1?Ne:Me,i==1?Fe:Pe,Q(C.width*Y,3),C.stroke(r,e),C.dash,C.cap)}Kn(`drawAxes`)}function Vt(e){v.forEach((t,n)=>{n>0&&(t._paths=null,e&&(i==1?(t.min=null,t.max=null):t.facets.forEach(e=>{e.min=null,e.max=null})))})}let Ht=!1,Ut=!1,Wt=[];function Gt(){Ut=!1;for(let e=0;e<Wt.length;e++)Kn(...Wt[e]);Wt.length=0}function Kt(){Ht||=(Ss(qt),!0)}r.batch=function(e,t=!1){Ht=!0,Ut=t,e(r),qt(),t&&Wt.length>0&&queueMicrotask(Gt)};function qt(){if(Ie&&=(Dt(),!1),Re&&=(We(),!1),Le){if(Ya(p,Ea,Ee),Ya(p,wa,De),Ya(p,Sa,P),Ya(p,Ca,F),Ya(m,Ea,Ee),Ya(m,wa,De),Ya(m,Sa,P),Ya(m,Ca,F),Ya(f,Sa,Te),Ya(f,Ca,N),u.width=jo(Te*Y),u.height=jo(N*Y),y.forEach(({_el:e,_show:t,_size:n,_pos:r,side:i})=>{if(e!=null){if(t){let t=i===3||i===0?n:0,a=i%2==1;Ya(e,a?`left`:`top`,r-t),Ya(e,a?`width`:`height`,n),Ya(e,a?`top`:`left`,a?De:Ee),Ya(e,a?`height`:`width`,a?F:P),Ja(e,ua)}else qa(e,ua)}}),pt=mt=ht=_t=vt=yt=bt=xt=gt=null,St=1,An(!0),Ee!=Oe||De!=ke||P!=Ae||F!=je){Vt(!1);let e=P/Ae,t=F/je;if(de&&!ze&&k.left>=0){k.left*=e,k.top*=t,Zt&&$a(Zt,jo(k.left),0,P,F),Qt&&$a(Qt,0,jo(k.top),P,F);for(let n=0;n<Ze.length;n++){let r=Ze[n];r!=null&&(Qe[n]*=e,$e[n]*=t,$a(r,Mo(Qe[n]),Mo($e[n]),P,F))}}if(V.show&&!Be&&V.left>=0&&V.width>0){V.left*=e,V.width*=e,V.top*=t,V.height*=t;for(let e in Nn)Ya(un,e,V[e])}Oe=Ee,ke=De,Ae=P,je=F}Kn(`setSize`),Le=!1}Te>0&&N>0&&(d.clearRect(0,0,u.width,u.height),Kn(`drawClear`),w.forEach(e=>e()),Kn(`draw`)),V.show&&Be&&(dn(V),Be=!1),de&&ze&&(On(null,!0,!1),ze=!1),le.show&&le.live&&Ve&&(En(),Ve=!1),c||(c=!0,r.status=1,Kn(`ready`)),dt=!1,Ht=!1}r.redraw=(e,t)=>{Re=t||!1,e===!1?Kt():pn(S,E.min,E.max)};function Jt(e,n){let i=b[e];if(i.from==null){if(ot==0){let t=i.range(r,n.min,n.max,e);n.min=t[0],n.max=t[1]}if(n.min>n.max){let e=n.min;n.min=n.max,n.max=e}if(ot>1&&n.min!=null&&n.max!=null&&n.max-n.min<1e-16)return;e==S&&i.distr==2&&ot>0&&(n.min=co(n.min,t[0]),n.max=co(n.max,t[0]),n.min==n.max&&n.max++),O[e]=n,Ie=!0,Kt()}}r.setScale=Jt;let Yt,Xt,Zt,Qt,$t,en,tn,nn,rn,an,z,B,on=!1,sn=k.drag,cn=sn.x,ln=sn.y;de&&(k.x&&(Yt=Za(fa,m)),k.y&&(Xt=Za(pa,m)),E.ori==0?(Zt=Yt,Qt=Xt):(Zt=Xt,Qt=Yt),z=k.left,B=k.top);let V=r.select=_s({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),un=V.show?Za(da,V.over?m:p):null;function dn(e,t){if(V.show){for(let t in e)V[t]=e[t],t in Nn&&Ya(un,t,e[t]);t!==!1&&Kn(`setSelect`)}}r.setSelect=dn;function fn(e){if(v[e].show)ue&&Ja(M[e],ua);else if(ue&&qa(M[e],ua),de){let t=Xe?Ze[0]:Ze[e];t!=null&&$a(t,-10,-10,P,F)}}function pn(e,t,n){Jt(e,{min:t,max:n})}function mn(e,t,n,a){t.focus!=null&&bn(e),t.show!=null&&v.forEach((n,r)=>{r>0&&(e==r||e==null)&&(n.show=t.show,fn(r),i==2?(pn(n.facets[0].scale,null,null),pn(n.facets[1].scale,null,null)):pn(n.scale,null,null),Kt())}),n!==!1&&Kn(`setSeries`,e,t),a&&Zn(`setSeries`,r,e,t)}r.setSeries=mn,r.addBand=function(e,t){e.fill=Z(e.fill||null),e.dir=X(e.dir,-1),t??=x.length,x.splice(t,0,e)},r.setBand=function(e,t){_s(x[e],t)},r.delBand=function(e){e==null?x.length=0:x.splice(e,1)};function hn(e,t){v[e].alpha=t,de&&Ze[e]!=null&&(Ze[e].style.opacity=t),ue&&M[e]&&(M[e].style.opacity=t)}let gn,_n,vn,yn={focus:!0};function bn(e){if(e!=vn){let t=e==null,n=Je.alpha!=1;v.forEach((r,a)=>{if(i==1||a>0){let i=t||a==0||a==e;r._focus=t?null:i,n&&hn(a,i?1:Je.alpha)}}),vn=e,n&&Kt()}}ue&&Ye&&Ce(Pa,j,e=>{k._lock||(I(e),vn!=null&&mn(null,yn,!0,Jn.setSeries))});function xn(e,t,n){let r=b[t];n&&(e=e/Y-(r.ori==1?De:Ee));let i=P;r.ori==1&&(i=F,e=i-e),r.dir==-1&&(e=i-e);let a=r._min,o=r._max,s=e/i,c=a+(o-a)*s,l=r.distr;return l==3?Fo(10,c):l==4?zo(c,r.asinh):l==100?r.bwd(c):c}r.valToIdx=e=>co(e,t[0]),r.posToIdx=function(e,n){return co(xn(e,S,n),t[0],st,ct)},r.posToVal=xn,r.valToPos=(e,t,n)=>b[t].ori==0?a(e,b[t],n?Pe:P,n?Me:0):o(e,b[t],n?Fe:F,n?Ne:0),r.setCursor=(e,t,n)=>{z=e.left,B=e.top,On(null,t,n)};function Sn(e,t){Ya(un,Ea,V.left=e),Ya(un,Sa,V.width=t)}function Cn(e,t){Ya(un,wa,V.top=e),Ya(un,Ca,V.height=t)}let wn=E.ori==0?Sn:Cn,Tn=E.ori==1?Sn:Cn;function H(){if(ue&&le.live)for(let e=+(i==2);e<v.length;e++){if(e==0&&ge)continue;let t=le.values[e],n=0;for(let r in t)me[e][n++].firstChild.nodeValue=t[r]}}function En(e,t){if(e!=null&&(e.idxs?e.idxs.forEach((e,t)=>{ce[t]=e}):us(e.idx)||ce.fill(e.idx),le.idx=ce[0]),ue&&le.live){for(let e=0;e<v.length;e++)(e>0||i==1&&!ge)&&Dn(e,ce[e]);H()}Ve=!1,t!==!1&&Kn(`setLegend`)}r.setLegend=En;function Dn(e,n){let i=v[e],a=e==0&&D==2?ut:t[e],o;ge?o=i.values(r,e,n)??_e:(o=i.value(r,n==null?null:a[n],e,n),o=o==null?_e:{_:o}),le.values[e]=o}function On(e,n,a){rn=z,an=B,[z,B]=k.move(r,z,B),k.left=z,k.top=B,de&&(Zt&&$a(Zt,jo(z),0,P,F),Qt&&$a(Qt,0,jo(B),P,F));let o,s=st>ct;gn=Vo,_n=null;let c=E.ori==0?P:F,l=E.ori==1?P:F;if(z<0||ot==0||s){o=k.idx=null;for(let e=0;e<v.length;e++){let t=Ze[e];t!=null&&$a(t,-10,-10,P,F)}Ye&&mn(null,yn,!0,e==null&&Jn.setSeries),le.live&&(ce.fill(o),Ve=!0)}else{let e,n,a;i==1&&(e=E.ori==0?z:B,n=xn(e,S),o=k.idx=co(n,t[0],st,ct),a=te(t[0][o],E,c,0));let s=-10,u=-10,d=0,f=0,p=!0,m=``,h=``;for(let e=+(i==2);e<v.length;e++){let g=v[e],_=ce[e],y=_==null?null:i==1?t[e][_]:t[e][1][_],x=k.dataIdx(r,e,o,n),S=x==null?null:i==1?t[e][x]:t[e][1][x];if(Ve=Ve||S!=y||x!=_,ce[e]=x,e>0&&g.show){let n=x==null?-10:x==o?a:te(i==1?t[0][x]:t[e][0][x],E,c,0),_=S==null?-10:ne(S,i==1?b[g.scale]:b[g.facets[1].scale],l,0);if(Ye&&S!=null){let t=E.ori==1?z:B,n=ko(Je.dist(r,e,x,_,t));if(n<gn){let r=Je.bias;if(r!=0){let i=xn(t,g.scale),a=S>=0?1:-1,o=i>=0?1:-1;o==a&&(o==1?r==1?S>=i:S<=i:r==1?S<=i:S>=i)&&(gn=n,_n=e)}else gn=n,_n=e}}if(Ve||Xe){let t,i;E.ori==0?(t=n,i=_):(t=_,i=n);let a,o,c,l,g,v,y=!0,b=qe.bbox;if(b!=null){y=!1;let t=b(r,e);c=t.left,l=t.top,a=t.width,o=t.height}else c=t,l=i,a=o=qe.size(r,e);if(v=qe.fill(r,e),g=qe.stroke(r,e),Xe)e==_n&&gn<=Je.prox&&(s=c,u=l,d=a,f=o,p=y,m=v,h=g);else{let t=Ze[e];t!=null&&(Qe[e]=c,$e[e]=l,ro(t,a,o,y),to(t,v,g),$a(t,Mo(c),Mo(l),P,F))}}}}if(Xe){let e=Je.prox;if(Ve||(vn==null?gn<=e:gn>e||_n!=vn)){let e=Ze[0];e!=null&&(Qe[0]=s,$e[0]=u,ro(e,d,f,p),to(e,m,h),$a(e,Mo(s),Mo(u),P,F))}}}if(V.show&&on){if(e!=null){let[t,n]=Jn.scales,[r,i]=Jn.match,[a,o]=e.cursor.sync.scales,s=e.cursor.drag;if(cn=s._x,ln=s._y,cn||ln){let{left:s,top:u,width:d,height:f}=e.select,p=e.scales[a].ori,m=e.posToVal,h,g,_,v,y,x=t!=null&&r(t,a),S=n!=null&&i(n,o);x&&cn?(p==0?(h=s,g=d):(h=u,g=f),_=b[t],v=te(m(h,a),_,c,0),y=te(m(h+g,a),_,c,0),wn(No(v,y),ko(y-v))):wn(0,c),S&&ln?(p==1?(h=s,g=d):(h=u,g=f),_=b[n],v=ne(m(h,o),_,l,0),y=ne(m(h+g,o),_,l,0),Tn(No(v,y),ko(y-v))):Tn(0,l)}else Pn()}else{let e=ko(rn-$t),t=ko(an-en);if(E.ori==1){let n=e;e=t,t=n}cn=sn.x&&e>=sn.dist,ln=sn.y&&t>=sn.dist;let n=sn.uni;n==null?sn.x&&sn.y&&(cn||ln)&&(cn=ln=!0):cn&&ln&&(cn=e>=n,ln=t>=n,!cn&&!ln&&(t>e?ln=!0:cn=!0));let r,i;cn&&(E.ori==0?(r=tn,i=z):(r=nn,i=B),wn(No(r,i),ko(i-r)),ln||Tn(0,l)),ln&&(E.ori==1?(r=tn,i=z):(r=nn,i=B),Tn(No(r,i),ko(i-r)),cn||wn(0,c)),!cn&&!ln&&(wn(0,0),Tn(0,0))}}if(sn._x=cn,sn._y=ln,e==null){if(a){if(Yn!=null){let[e,t]=Jn.scales;Jn.values[0]=e==null?null:xn(E.ori==0?z:B,e),Jn.values[1]=t==null?null:xn(E.ori==1?z:B,t)}Zn(Aa,r,z,B,P,F,o)}if(Ye){let e=a&&Jn.setSeries,t=Je.prox;vn==null?gn<=t&&mn(_n,yn,!0,e):gn>t?mn(null,yn,!0,e):_n!=vn&&mn(_n,yn,!0,e)}}Ve&&(le.idx=o,En()),n!==!1&&Kn(`setCursor`)}let kn=null;Object.defineProperty(r,"rect",{get(){return kn??An(!1),kn}});function An(e=!1){e?kn=null:(kn=m.getBoundingClientRect(),Kn(`syncRect`,kn))}function jn(e,t,n,r,i,a,o){k._lock||on&&e!=null&&e.movementX==0&&e.movementY==0||(Mn(e,t,n,r,i,a,o,!1,e!=null),e==null?On(t,!0,!1):On(null,!0,!0))}function Mn(e,t,n,i,a,o,c,l,u){if(kn??An(!1),I(e),e!=null)n=e.clientX-kn.left,i=e.clientY-kn.top;else{if(n<0||i<0){z=-10,B=-10;return}let[e,r]=Jn.scales,c=t.cursor.sync,[l,u]=c.values,[d,f]=c.scales,[p,m]=Jn.match,h=t.axes[0].side%2==1,g=E.ori==0?P:F,_=E.ori==1?P:F,v=h?o:a,y=h?a:o,x=h?i:n,S=h?n:i;if(n=d==null?x/v*g:p(e,d)?s(l,b[e],g,0):-10,i=f==null?S/y*_:m(r,f)?s(u,b[r],_,0):-10,E.ori==1){let e=n;n=i,i=e}}u&&(t==null||t.cursor.event.type==Aa)&&((n<=1||n>=P-1)&&(n=$o(n,P)),(i<=1||i>=F-1)&&(i=$o(i,F))),l?($t=n,en=i,[tn,nn]=k.move(r,n,i)):(z=n,B=i)}let Nn={width:0,height:0,left:0,top:0};function Pn(){dn(Nn,!1)}let Fn,In,Ln,Rn;function zn(e,t,n,i,a,o,s){on=!0,cn=ln=sn._x=sn._y=!1,Mn(e,t,n,i,a,o,s,!0,!1),e!=null&&(Ce(Ma,Ha,Bn,!1),Zn(ja,r,tn,nn,P,F,null));let{left:c,top:l,width:u,height:d}=V;Fn=c,In=l,Ln=u,Rn=d}function Bn(e,t,n,i,a,o,s){on=sn._x=sn._y=!1,Mn(e,t,n,i,a,o,s,!1,!0);let{left:c,top:l,width:u,height:d}=V,f=u>0||d>0,p=Fn!=c||In!=l||Ln!=u||Rn!=d;if(f&&p&&dn(V),sn.setScale&&f&&p){let e=c,t=u,n=l,r=d;if(E.ori==1&&(e=l,t=d,n=c,r=u),cn&&pn(S,xn(e,S),xn(e+t,S)),ln)for(let e in b){let t=b[e];e!=S&&t.from==null&&t.min!=Vo&&pn(e,xn(n+r,e),xn(n,e))}Pn()}else k.lock&&(k._lock=!k._lock,On(t,!0,e!=null));e!=null&&(we(Ma,Ha),Zn(Ma,r,z,B,P,F,null))}function Vn(e,t,n,r,i,a,o){if(k._lock)return;I(e);let s=on;if(on){let e=!0,t=!0,n,r;E.ori==0?(n=cn,r=ln):(n=ln,r=cn),n&&r&&(e=z<=10||z>=P-10,t=B<=10||B>=F-10),n&&e&&(z=z<tn?0:P),r&&t&&(B=B<nn?0:F),On(null,!0,!0),on=!1}z=-10,B=-10,ce.fill(null),On(null,!0,!0),s&&(on=s)}function Hn(e,t,n,i,a,o,s){k._lock||(I(e),R(),Pn(),e!=null&&Zn(Fa,r,z,B,P,F,null))}function Un(){y.forEach($l),He(r.width,r.height,!0)}oo(za,Ua,Un);let Wn={};Wn.mousedown=zn,Wn.mousemove=jn,Wn.mouseup=Bn,Wn.dblclick=Hn,Wn.setSeries=(e,t,n,i)=>{n=(0,Jn.match[2])(r,t,n),n!=-1&&mn(n,i,!0,!1)},de&&(Ce(ja,m,zn),Ce(Aa,m,jn),Ce(Na,m,e=>{I(e),An(!1)}),Ce(Pa,m,Vn),Ce(Fa,m,Hn),Ll.add(r),r.syncRect=An);let Gn=r.hooks=e.hooks||{};function Kn(e,t,n){Ut?Wt.push([e,t,n]):e in Gn&&Gn[e].forEach(e=>{e.call(null,r,t,n)})}(e.plugins||[]).forEach(e=>{for(let t in e.hooks)Gn[t]=(Gn[t]||[]).concat(e.hooks[t])});let qn=(e,t,n)=>n,Jn=_s({key:null,setSeries:!1,filters:{pub:Yo,sub:Yo},scales:[S,v[1]?v[1].scale:null],match:[Xo,Xo,qn],values:[null,null]},k.sync);Jn.match.length==2&&Jn.match.push(qn),k.sync=Jn;let Yn=Jn.key,Xn=il(Yn);function Zn(e,t,n,r,i,a,o){Jn.filters.pub(e,t,n,r,i,a,o)&&Xn.pub(e,t,n,r,i,a,o)}Xn.sub(r),r.pub=function(e,t,n,r,i,a,o){Jn.filters.sub(e,t,n,r,i,a,o)&&Wn[e](null,t,n,r,i,a,o)},r.destroy=function(){Xn.unsub(r),Ll.delete(r),Se.clear(),so(za,Ua,Un),l.remove(),j?.remove(),Kn(`destroy`)};function Qn(){Kn(`init`,e,t),ft(t||e.data,!1),O[S]?Jt(S,O[S]):R(),Be=V.show&&(V.width>0||V.height>0),ze=Ve=!0,He(e.width,e.height)}return v.forEach(tt),y.forEach(nt),n?n instanceof HTMLElement?(n.appendChild(l),Qn()):n(r,Qn):Qn(),r}eu.assign=_s,eu.fmtNum=Eo,eu.rangeNum=So,eu.rangeLog=go,eu.rangeAsinh=_o,eu.orient=sl,eu.pxRatio=Y,eu.join=function(e,t){if(ws(e)){let t=e[0].slice();for(let n=1;n<e.length;n++)t.push(...e[n].slice(1));return Ts(t[0])||(t=Cs(t)),t}let n=new Set;for(let t=0;t<e.length;t++){let r=e[t][0],i=r.length;for(let e=0;e<i;e++)n.add(r[e])}let r=[Array.from(n).sort((e,t)=>e-t)],i=r[0].length,a=new Map;for(let e=0;e<i;e++)a.set(r[0][e],e);for(let n=0;n<e.length;n++){let o=e[n],s=o[0];for(let e=1;e<o.length;e++){let c=o[e],l=Array(i).fill(void 0),u=t?t[n][e]:ys,d=[];for(let e=0;e<c.length;e++){let t=c[e],n=a.get(s[e]);t===null?u!=vs&&(l[n]=t,u==bs&&d.push(n)):l[n]=t}xs(l,d,i),r.push(l)}}return r},eu.fmtDate=Ps,eu.tzDate=function(e,t){let n;return t==`UTC`||t==`Etc/UTC`?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Fs?n=e:(n=new Date(e.toLocaleString(`en-US`,{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n},eu.sync=il;{eu.addGap=fl,eu.clipGaps=dl;let e=eu.paths={points:El};e.linear=Al,e.stepped=jl,e.bars=Nl,e.spline=Fl}var tu=280,nu=86400;function ru(e){return Date.parse(`${e}T00:00:00Z`)/1e3}function iu(e){let t=Ee(null),n=e.data.reduce((e,t)=>e+t.succeeded,0),r=e.data.reduce((e,t)=>e+t.failed,0),i=e.data[0]?.day,a=e.data[e.data.length-1]?.day,o=`Bar chart of sign-ins per day from ${i??`—`} to ${a??`—`} (UTC): ${n} succeeded and ${r} failed in total.`;return F(()=>{let n=t.current;if(!n||e.data.length===0)return;let r=e.data.map(e=>ru(e.day)),i=e.data.map(e=>e.succeeded),a=e.data.map(e=>e.failed),o=()=>Math.max(260,Math.floor(n.clientWidth)),s=eu.paths.bars,c=new eu({width:o(),height:tu,tzDate:e=>eu.tzDate(new Date(e*1e3),`UTC`),scales:{x:{time:!0,range:(e,t,n)=>[t-nu*.6,n+nu*.6]},y:{range:(e,t,n)=>[0,Math.max(4,Math.ceil(n*1.15))]}},series:[{label:`Day`,value:(e,t)=>t==null?`—`:new Date(t*1e3).toISOString().slice(0,10)},{label:`Succeeded`,stroke:`#1a7f37`,fill:`rgba(26, 127, 55, 0.75)`,width:1,paths:s({align:-1,size:[.4,16]}),points:{show:!1},value:(e,t)=>t==null?`—`:String(t)},{label:`Failed`,stroke:`#b42318`,fill:`rgba(180, 35, 24, 0.75)`,width:1,paths:s({align:1,size:[.4,16]}),points:{show:!1},value:(e,t)=>t==null?`—`:String(t)}],axes:[{stroke:`#4b5563`,grid:{stroke:`#eef0f3`},ticks:{stroke:`#d0d5dd`}},{stroke:`#4b5563`,grid:{stroke:`#eef0f3`},ticks:{stroke:`#d0d5dd`},incrs:[1,2,5,10,20,50,100,200,500,1e3,2e3,5e3,1e4,2e4,5e4,1e5],values:(e,t)=>t.map(e=>Number.isInteger(e)?String(e):``),size:48}],legend:{show:!0,live:!0},cursor:{drag:{x:!1,y:!1},points:{show:!1}}},[r,i,a],n),l=new ResizeObserver(()=>{let e=o();e!==c.width&&c.setSize({width:e,height:tu})});return l.observe(n),()=>{l.disconnect(),c.destroy()}},[e.data]),G(`figure`,{class:`chart`,"data-testid":`signin-chart`,children:[G(`figcaption`,{children:[G(`span`,{class:`legend-swatch ok`,"aria-hidden":`true`}),` Succeeded`,` `,G(`span`,{class:`legend-swatch bad`,"aria-hidden":`true`}),` Failed, per day (UTC), last `,e.data.length,` days`]}),G(`div`,{class:`chart-box`,ref:t,role:`img`,"aria-label":o}),G(`p`,{class:`chart-totals`,"data-testid":`signin-totals`,children:[G(`strong`,{"data-testid":`signin-total-succeeded`,children:n}),` successful and`,` `,G(`strong`,{"data-testid":`signin-total-failed`,children:r}),` failed sign-ins in `,e.data.length,` days.`]}),G(`details`,{class:`chart-data`,children:[G(`summary`,{children:`The numbers behind the chart`}),G(`div`,{class:`table-scroll`,children:G(`table`,{children:[G(`caption`,{class:`visually-hidden`,children:`Sign-ins per day`}),G(`thead`,{children:G(`tr`,{children:[G(`th`,{scope:`col`,children:`Day (UTC)`}),G(`th`,{scope:`col`,children:`Succeeded`}),G(`th`,{scope:`col`,children:`Failed`})]})}),G(`tbody`,{children:e.data.map(e=>G(`tr`,{children:[G(`th`,{scope:`row`,children:e.day}),G(`td`,{children:e.succeeded}),G(`td`,{children:e.failed})]},e.day))})]})})]})]})}function au(){let e=Er(()=>ar(30),[]);return G(q,{title:`Overview`,children:[G(ni,{title:`Sign-ins, last 30 days`,children:[!e.data&&e.loading&&G(li,{what:`sign-in activity`}),e.data&&G(iu,{data:e.data}),e.failed&&!e.data&&G(`p`,{class:`error`,"data-testid":`chart-error`,children:`The sign-in activity could not be loaded.`})]}),G(`p`,{children:G(`a`,{href:W(`/admin/users`),children:`Manage users →`})})]})}function ou(e){return W(`/admin/users/${encodeURIComponent(e.id)}`)}function su(e){let t=e.user;return G(`span`,{class:`badges`,children:[t.role===`ADMIN`&&G(`span`,{class:`badge info`,children:`Admin`}),t.disabled&&G(`span`,{class:`badge bad`,"data-testid":`user-disabled`,children:`Disabled`}),t.totpEnabled&&G(`span`,{class:`badge ok`,children:`2FA`}),!t.emailVerified&&G(`span`,{class:`badge warn`,children:`Unverified`})]})}function cu(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N([null]),o=i[i.length-1]??null,s=i.length,c=Er(async()=>({...await Qn(20,o,n||null),page:s,search:n}),[o,s,n]),l=c.data,u=l?Math.max(1,Math.ceil(l.totalCount/20)):1;return G(q,{title:`Users`,children:[G(J,{onSubmit:()=>{r(e.trim()),a([null])},role:`search`,label:`Search users`,children:[G(`div`,{class:`inline-fields`,children:G(K,{label:`Search users`,type:`search`,value:e,onInput:t,hint:`Part of a username or an email address.`})}),G(`div`,{class:`actions`,children:[G(ri,{variant:`secondary`,children:`Search`}),n&&G(ii,{onClick:()=>{t(``),r(``),a([null])},children:`Show all`})]})]}),!l&&c.loading&&G(li,{what:`users`}),l&&G(S,{children:[G(`p`,{class:`muted`,"data-testid":`user-count`,"aria-live":`polite`,children:l.totalCount===0?`No accounts match.`:`${l.totalCount} account${l.totalCount===1?``:`s`}${l.search?` match`:``} · page ${l.page} of ${u}`}),G(`ul`,{class:`rows`,"data-testid":`user-list`,"aria-busy":c.loading?`true`:void 0,children:l.nodes.map(e=>G(`li`,{class:`row user`,"data-testid":`user-row`,"data-username":e.username,children:[G(`div`,{class:`row-main`,children:[G(`p`,{class:`row-title`,children:[G(`a`,{href:ou(e),"data-testid":`user-link`,children:e.username}),` `,G(su,{user:e})]}),G(`p`,{class:`muted small`,children:[G(`span`,{"data-testid":`user-email`,children:e.email}),` · joined `,si(e.createdAt)]})]}),G(`div`,{class:`actions`,children:G(`a`,{class:`btn secondary`,href:ou(e),"aria-label":`Manage ${e.username}`,children:`Manage`})})]},e.id))}),G(ai,{label:`User pages`,busy:c.loading,hasPrevious:l.page>1,hasNext:l.pageInfo.hasNextPage,onPrevious:()=>a(i.slice(0,l.page-1)),onNext:()=>{l.pageInfo.endCursor&&a([...i.slice(0,l.page),l.pageInfo.endCursor])}})]})]})}function lu(e){let t=Er(()=>$n(e.id),[e.id]),[n,r]=N(null),[i,a]=N(0),[o,s]=N(``),[c,l]=N(``),u=U(),d=U(),f=U(),p=U(),m=t.data??null,h=n&&m&&n.id===m.id?n:m;if(!t.data)return t.loading?G(q,{title:`User`,children:G(li,{what:`user`})}):G(q,{title:`User not found`,children:[G(`p`,{"data-testid":`user-not-found`,children:`No account has this id. It may have been deleted.`}),G(`p`,{children:G(`a`,{href:W(`/admin/users`),children:`Back to users`})})]});if(!h)return null;let g=async t=>{r(t),s(``),a(e=>e+1),t.id===e.me.id&&await hr().catch(()=>null)},_=h.id===e.me.id,v=o||h.role;return G(q,{title:h.username,children:[G(`p`,{children:G(`a`,{href:W(`/admin/users`),children:`← All users`})}),G(ni,{title:`Account`,testid:`admin-user`,children:G(`dl`,{class:`facts`,children:[G(`dt`,{children:`Username`}),G(`dd`,{"data-testid":`admin-user-username`,children:h.username}),G(`dt`,{children:`Email`}),G(`dd`,{"data-testid":`admin-user-email`,children:[h.email,` `,h.emailVerified?G(`span`,{class:`badge ok`,children:`Verified`}):G(`span`,{class:`badge warn`,children:`Not verified`})]}),G(`dt`,{children:`Role`}),G(`dd`,{"data-testid":`admin-user-role`,children:h.role===`ADMIN`?`Administrator`:`User`}),G(`dt`,{children:`Status`}),G(`dd`,{"data-testid":`admin-user-status`,children:h.disabled?G(`span`,{class:`badge bad`,children:`Disabled`}):G(`span`,{class:`badge ok`,children:`Active`})}),G(`dt`,{children:`Two-factor authentication`}),G(`dd`,{"data-testid":`admin-user-2fa`,children:h.totpEnabled?`On`:`Off`}),G(`dt`,{children:`Joined`}),G(`dd`,{children:si(h.createdAt)})]})}),G(ni,{title:`Change role`,children:G(J,{onSubmit:()=>void u.run(async()=>{await g(await tr(h.id,v))},`${h.username} is now ${v===`ADMIN`?`an administrator`:`a user`}.`),label:`Change role`,children:[G(`div`,{class:`field`,children:[G(`label`,{for:`role-select`,children:`Role`}),G(`select`,{id:`role-select`,value:v,onChange:e=>s(e.currentTarget.value),children:[G(`option`,{value:`USER`,children:`User`}),G(`option`,{value:`ADMIN`,children:`Administrator`})]})]}),G(`div`,{class:`actions`,children:G(ri,{busy:u.busy,variant:`secondary`,disabled:v===h.role,children:`Save role`})})]})}),G(ni,{title:`Access`,children:[G(`p`,{children:h.disabled?`This account is disabled: it cannot sign in, and its sessions were ended.`:`Disabling an account ends its sessions at once and blocks sign-in until it is enabled again.`}),G(`div`,{class:`actions`,children:G(ii,{variant:h.disabled?`primary`:`danger`,busy:d.busy,disabled:_&&!h.disabled,onClick:()=>void d.run(async()=>{await g(await nr(h.id,!h.disabled))},h.disabled?`${h.username} is enabled again.`:`${h.username} is disabled and signed out everywhere.`),children:h.disabled?`Enable account`:`Disable account`})}),_&&G(`p`,{class:`hint`,children:`You cannot disable your own account here.`})]}),G(ni,{title:`Reset password`,children:G(J,{onSubmit:()=>void f.run(async()=>{await rr(h.id,c),l(``),a(e=>e+1)},`The password of ${h.username} was reset and their sessions were ended.`),label:`Reset password`,children:[G(K,{label:`New password for this user`,type:`password`,value:c,onInput:l,autoComplete:`new-password`,required:!0,minLength:8,hint:`Tell the user through a safe channel. Every session of theirs ends.`}),G(`div`,{class:`actions`,children:G(ri,{busy:f.busy,variant:`danger`,children:`Reset password`})})]})}),G(ni,{title:`Second factor`,children:h.totpEnabled?G(S,{children:[G(`p`,{children:`For a user who lost their authenticator and their recovery codes: turns two-factor authentication off and ends their sessions.`}),G(`div`,{class:`actions`,children:G(ii,{variant:`danger`,busy:p.busy,onClick:()=>void p.run(async()=>{await g(await ir(h.id))},`Two-factor authentication of ${h.username} was reset.`),children:`Reset two-factor authentication`})})]}):G(`p`,{class:`muted`,children:`Two-factor authentication is off for this account.`})}),G(ni,{title:`Security events`,children:G($i,{resetKey:`${h.id}:${i}`,label:`Security event pages`,load:(e,t)=>er(h.id,e,t)})})]})}var uu=new Set([`/signin`,`/signup`,`/forgot-password`]);function du(){let e=Re(Ke),t=Ee(null);return F(()=>{let n=t.current;e&&e.kind!==`success`&&n&&n.getBoundingClientRect().top<0&&n.scrollIntoView({block:`start`})},[e?.seq]),G(`div`,{class:`notice-region`,ref:t,children:G(`div`,{class:`notice-live`,"data-testid":`notice`,"data-kind":e?.kind,"data-code":e?.code,role:`status`,"aria-live":`polite`,"aria-atomic":`true`,children:e&&G(`div`,{class:`notice ${e.kind}`,children:[G(`p`,{children:e.text}),G(`button`,{type:`button`,class:`btn link close`,onClick:Je,"aria-label":`Dismiss notice`,title:`Dismiss`})]},e.seq)})})}function fu(e){let t=(t,n)=>{let r=e.path===t||t!==`/admin`&&e.path.startsWith(`${t}/`);return G(`li`,{children:G(`a`,{href:W(t),"aria-current":r?`page`:void 0,children:n})})};return G(`nav`,{class:`nav`,"aria-label":`Main`,children:G(`ul`,{children:[t(`/quotes`,`Quotes`),t(`/account`,`Account`),t(`/security`,`Two-factor`),t(`/sessions`,`Sessions`),t(`/activity`,`Activity`),e.user.role===`ADMIN`&&t(`/admin`,`Overview`),e.user.role===`ADMIN`&&t(`/admin/users`,`Users`)]})})}function pu(e){let t=e.session.user;return G(`header`,{class:`top`,children:[G(`div`,{class:`top-row`,children:[G(`a`,{class:`brand`,href:W(t?`/quotes`:`/signin`),children:`Portcullis`}),t&&G(`div`,{class:`who`,children:[G(`span`,{class:`muted small`,children:`Signed in as`}),` `,G(`strong`,{"data-testid":`signed-in-user`,children:t.username}),t.role===`ADMIN`&&G(`span`,{class:`badge info`,children:`Admin`}),G(`button`,{type:`button`,class:`btn secondary small`,onClick:()=>void vr().then(()=>jr(`/signin`)),children:`Sign out`})]})]}),t&&G(fu,{user:t,path:e.path})]})}function mu(){return G(q,{title:`Page not found`,children:[G(`p`,{children:`There is no such screen.`}),G(`p`,{children:G(`a`,{href:W(`/quotes`),children:`Go to your quotes`})})]})}function hu(){return G(q,{title:`Administrators only`,children:G(`p`,{"data-testid":`admin-only`,children:`This screen is for administrators.`})})}function gu(e){let{path:t,segments:n}=e.route,r=e.user;if(n[0]===`admin`)return r.role===`ADMIN`?n.length===1?G(au,{}):n[1]===`users`&&n.length===2?G(cu,{}):n[1]===`users`&&n.length===3?G(lu,{id:n[2]??``,me:r},n[2]):G(mu,{}):G(hu,{});switch(t){case`/`:case`/quotes`:return G(Fi,{});case`/account`:return G(Li,{user:r});case`/account/password`:return G(Ri,{user:r});case`/account/email`:return G(Bi,{user:r});case`/account/delete`:return G(Vi,{user:r});case`/security`:return G(Ui,{user:r});case`/security/recovery-codes`:return G(Wi,{});case`/security/disable`:return G(Gi,{user:r});case`/sessions`:return G(qi,{});case`/activity`:return G(ea,{userId:r.id});default:return G(mu,{})}}function _u(e){let{route:t,session:n}=e,r=bi();if(r)return G(yi,{step:r});if(t.linkPage)return G(Mi,{page:t.linkPage,token:t.query.get(`token`)});if(n.status===`loading`)return G(li,{what:`your session`});if(n.status===`signedIn`&&n.user)return uu.has(t.path)?G(gu,{route:{...t,path:`/quotes`,segments:[`quotes`]},user:n.user}):G(gu,{route:t,user:n.user});switch(t.path){case`/signup`:return G(wi,{});case`/forgot-password`:return G(Ti,{});default:return G(Ci,{})}}function vu(){let e=Fr(),t=Re(or),n=Ee(!0);return F(()=>{Ye(),n.current?n.current=!1:Rr()},[e.path,e.linkPage]),F(()=>{t.status===`signedIn`&&uu.has(e.path)&&!e.linkPage&&window.location.replace(W(`/quotes`))},[t.status,e.path,e.linkPage]),G(S,{children:[G(`a`,{class:`skip`,href:`#main`,onClick:e=>{e.preventDefault(),document.getElementById(`main`)?.focus()},children:`Skip to content`}),G(pu,{session:t,path:e.path}),G(du,{}),G(`main`,{id:`main`,tabIndex:-1,children:G(_u,{route:e,session:t})}),G(`footer`,{class:`foot muted small`,children:[G(`span`,{children:`Portcullis console`}),` · `,G(`a`,{href:`/graphql`,children:`GraphiQL`})]}),G(fi,{})]})}var yu=document.getElementById(`app`);if(yu){let e=Ur();fe(G(vu,{}),yu),_r().then(()=>e?Kr(e):void 0)}