var e,t,n,r,i,a,o,s,c,l,u,d,f,p,m={},h=[],g=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_=Array.isArray;function v(e,t){for(var n in t)e[n]=t[n];return e}function y(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function b(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return x(t,s,i,a,null)}function x(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function S(e){return e.children}function C(e,t){this.props=e,this.context=t}function w(e,t){if(t==null)return e.__?w(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?w(e):null}function ee(e){if(e.__P&&e.__d){var n=e.__v,r=n.__e,i=[],a=[],o=v({},n);o.__v=n.__v+1,t.vnode&&t.vnode(o),se(e.__P,o,n,e.__n,e.__P.namespaceURI,32&n.__u?[r]:null,i,r??w(n),!!(32&n.__u),a),o.__v=n.__v,o.__.__k[o.__i]=o,le(i,o,a),n.__e=n.__=null,o.__e!=r&&T(o)}}function T(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),T(e)}function E(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!D.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(D)}function D(){try{for(var e,t=1;r.length;)r.length>t&&r.sort(o),e=r.shift(),t=r.length,ee(e)}finally{r.length=D.__r=0}}function te(e,t,n,r,i,a,o,s,c,l,u){var d,f,p,g,_,v,y=r&&r.__k||h,b=t.length;for(c=ne(n,t,y,c,b),d=0;d<b;d++)(p=n.__k[d])!=null&&(f=p.__i!=-1&&y[p.__i]||m,p.__i=d,v=se(e,p,f,i,a,o,s,c,l,u),g=p.__e,p.ref&&f.ref!=p.ref&&(f.ref&&de(f.ref,null,p),u.push(p.ref,p.__c||g,p)),_==null&&g!=null&&(_=g),4&p.__u?(c=O(p,c,e),f.__e&&(f.__e=null)):typeof p.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),p.__u&=-7);return n.__e=_,c}function ne(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?o=e.__k[a]=x(null,o,null,null,null):_(o)?o=e.__k[a]=x(S,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[a]=x(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[a]=o,c=a+f,o.__=e,o.__b=e.__b+1,s=null,(l=o.__i=re(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=w(s)),A(s,s));return r}function O(e,t,n){var r,i;if(typeof e.type==`function`){for(r=e.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=e,t=O(r[i],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=w(e)),t=n.insertBefore(e.__e,t||null));do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function re(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function ie(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||g.test(t)?n:n+`px`}function ae(e,t,n,r,i){var a,o;e:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||ie(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||ie(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(u,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n[l]=r[l]:(n[l]=d,e.addEventListener(t,a?p:f,a)):e.removeEventListener(t,a?p:f,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break e}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function oe(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n[c]==null)n[c]=d++;else if(n[c]<r[l])return;return r(t.event?t.event(n):n)}}}function se(e,n,r,i,a,o,s,c,l,u){var d,f,p,m,g,b,x,ee,T,E,D,ne,O,re,ie,ae,oe=n.type;if(n.constructor!==void 0)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);e:if(typeof oe==`function`){f=s.length;try{if(T=n.props,E=oe.prototype&&oe.prototype.render,D=(d=oe.contextType)&&i[d.__c],ne=d?D?D.props.value:d.__:i,r.__c?ee=(p=n.__c=r.__c).__=p.__E:(E?n.__c=p=new oe(T,ne):(n.__c=p=new C(T,ne),p.constructor=oe,p.render=fe),D&&D.sub(p),p.state||(p.state={}),p.__n=i,m=p.__d=!0,p.__h=[],p._sb=[]),E&&p.__s==null&&(p.__s=p.state),E&&oe.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=v({},p.__s)),v(p.__s,oe.getDerivedStateFromProps(T,p.__s))),g=p.props,b=p.state,p.__v=n,m)E&&oe.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),E&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(E&&oe.getDerivedStateFromProps==null&&T!==g&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(T,ne),n.__v==r.__v||!p.__e&&p.shouldComponentUpdate!=null&&!1===p.shouldComponentUpdate(T,p.__s,ne)){n.__v!=r.__v&&(p.props=T,p.state=p.__s,p.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),h.push.apply(p.__h,p._sb),p._sb=[],p.__h.length&&s.push(p),c=w(r);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(T,p.__s,ne),E&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(g,b,x)})}if(p.context=ne,p.props=T,p.__P=e,p.__e=!1,O=t.__r,re=0,E)p.state=p.__s,p.__d=!1,O&&O(n),d=p.render(p.props,p.state,p.context),h.push.apply(p.__h,p._sb),p._sb=[];else do p.__d=!1,O&&O(n),d=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++re<25);p.state=p.__s,p.getChildContext!=null&&(i=v(v({},i),p.getChildContext())),E&&!m&&p.getSnapshotBeforeUpdate!=null&&(x=p.getSnapshotBeforeUpdate(g,b)),ie=d!=null&&d.type===S&&d.key==null?k(d.props.children):d,c=te(e,_(ie)?ie:[ie],n,r,i,a,o,s,c,l,u),p.base=n.__e,n.__u&=-161,p.__h.length&&s.push(p),ee&&(p.__E=p.__=null)}catch(e){if(s.length=f,n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o!=null&&(o[o.indexOf(c)]=null),n.__e=c}else if(o!=null)for(ae=o.length;ae--;)y(o[ae])}else n.__e=r.__e;n.__k??=r.__k||[],e.then||ce(n),t.__e(e,n,r)}}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=ue(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function ce(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ce))}function le(e,n,r){for(var i=0;i<r.length;i++)de(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function k(e){return typeof e!=`object`||!e||e.__b>0?e:_(e)?e.map(k):e.constructor===void 0?v({},e):null}function ue(n,r,i,a,o,s,c,l,u){var d,f,p,h,g,v,b,x=i.props||m,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(d=0;d<s.length;d++)if((g=s[d])&&`setAttribute`in g==!!C&&(C?g.localName==C:g.nodeType==3)){n=g,s[d]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s=C==`textarea`&&S.defaultValue!=null?null:s&&e.call(n.childNodes),!l&&s!=null)for(x={},d=0;d<n.attributes.length;d++)x[(g=n.attributes[d]).name]=g.value;for(d in x)g=x[d],d==`dangerouslySetInnerHTML`?p=g:d==`children`||d in S||d==`value`&&`defaultValue`in S||d==`checked`&&`defaultChecked`in S||ae(n,d,null,g,o);for(d in S)g=S[d],d==`children`?h=g:d==`dangerouslySetInnerHTML`?f=g:d==`value`?v=g:d==`checked`?b=g:l&&typeof g!=`function`||x[d]===g||ae(n,d,g,x[d],o);if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[];else if(p&&(n.innerHTML=``),te(r.type==`template`?n.content:n,_(h)?h:[h],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&w(i,0),l,u),s!=null)for(d=s.length;d--;)y(s[d]);l&&C!=`textarea`||(d=`value`,C==`progress`&&v==null?n.removeAttribute(`value`):v!=null&&(v!==n[d]||C==`progress`&&!v||C==`option`&&v!=x[d])&&ae(n,d,v,x[d],o),d=`checked`,b!=null&&b!=n[d]&&ae(n,d,b,x[d],o))}return n}function de(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function A(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||de(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&A(i[a],n,r||typeof e.type!=`function`);r||y(e.__e),e.__c=e.__=e.__e=void 0}function fe(e,t,n){return this.constructor(e,n)}function pe(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],se(r,n=(!a&&i||r).__k=b(S,null,[n]),o||m,m,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),le(s,n,c),n.props.children=null}e=h.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,C.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=v({},this.state);typeof e==`function`&&(e=e(v({},n),this.props)),e&&v(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),E(this))},C.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),E(this))},C.prototype.render=S,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},D.__r=0,s=Math.random().toString(8),c=`__d`+s,l=`__a`+s,u=/(PointerCapture)$|Capture$/i,d=0,f=oe(!1),p=oe(!0);var me,j,he,ge,_e=0,ve=[],ye=t,be=ye.__b,xe=ye.__r,Se=ye.diffed,Ce=ye.__c,we=ye.unmount,Te=ye.__;function Ee(e,t){ye.__h&&ye.__h(j,e,_e||t),_e=0;var n=j.__H||(j.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function M(e){return _e=1,N(Le,e)}function N(e,t,n){var r=Ee(me++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Le(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=j,!j.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=!1,o=r.__c.props!==e;if(r.__c.__H.__.some(function(e){if(e.__N){i=!0;var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a){var s=a.call(this,e,t,n);return i?s||o:s}return!i||o};j.__f=!0;var a=j.shouldComponentUpdate,o=j.componentWillUpdate;j.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},j.shouldComponentUpdate=i}return r.__N||r.__}function P(e,t){var n=Ee(me++,3);!ye.__s&&Ie(n.__H,t)&&(n.__=e,n.u=t,j.__H.__h.push(n))}function De(e){return _e=5,Oe(function(){return{current:e}},[])}function Oe(e,t){var n=Ee(me++,7);return Ie(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function ke(e,t){return _e=8,Oe(function(){return e},t)}function Ae(){var e=Ee(me++,11);if(!e.__){for(var t=j.__v;t!==null&&!t.__m&&t.__!==null;)t=t.__;var n=t.__m||(t.__m=[0,0]);e.__=`P`+n[0]+`-`+n[1]++}return e.__}function je(){for(var e;e=ve.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Pe),t.__h.some(Fe),t.__h=[]}catch(n){t.__h=[],ye.__e(n,e.__v)}}}ye.__b=function(e){j=null,be&&be(e)},ye.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Te&&Te(e,t)},ye.__r=function(e){xe&&xe(e),me=0;var t=(j=e.__c).__H;t&&(he===j?(t.__h=[],j.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.some(Pe),t.__h.some(Fe),t.__h=[],me=0)),he=j},ye.diffed=function(e){Se&&Se(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(ve.push(t)!==1&&ge===ye.requestAnimationFrame||((ge=ye.requestAnimationFrame)||Ne)(je)),t.__H.__.some(function(e){e.u&&=(e.__H=e.u,void 0)})),he=j=null},ye.__c=function(e,t){t.some(function(e){try{e.__h.some(Pe),e.__h=e.__h.filter(function(e){return!e.__||Fe(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],ye.__e(n,e.__v)}}),Ce&&Ce(e,t)},ye.unmount=function(e){we&&we(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(e){try{Pe(e)}catch(e){t=e}}),n.__H=void 0,t&&ye.__e(t,n.__v))};var Me=typeof requestAnimationFrame==`function`;function Ne(e){var t,n=function(){clearTimeout(r),Me&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Me&&(t=requestAnimationFrame(n))}function Pe(e){var t=j,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),j=t}function Fe(e){var t=j;e.__c=e.__(),j=t}function Ie(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Le(e,t){return typeof t==`function`?t(e):t}function Re(e){let t=e,n=new Set;return{get:()=>t,set(e){t=e;for(let e of[...n])e(t)},subscribe(e){return n.add(e),()=>n.delete(e)}}}function ze(e){let[t,n]=M(e.get());return P(()=>(n(e.get()),e.subscribe(n)),[e]),t}var Be=class extends Error{code=`CANCELLED`;constructor(){super(`Cancelled.`)}};function Ve(e){if(e&&typeof e==`object`&&`code`in e&&typeof e.code==`string`)return e.code}function He(e){let t=Math.max(1,Math.ceil(e));if(t<60)return`${t} second${t===1?``:`s`}`;let n=Math.ceil(t/60);if(n<60)return`${n} minute${n===1?``:`s`}`;let r=Math.floor(n/60),i=n%60;return`${r} hour${r===1?``:`s`}${i?` ${i} minute${i===1?``:`s`}`:``}`}var Ue={email:`email address`,newEmail:`email address`,username:`username`};function We(e){if(!e)return;let t=e.split(`.`).pop()??e;return Ue[t]??t}function Ge(e){let t=e&&typeof e==`object`?e:{},n=typeof t.message==`string`&&t.message.trim()?t.message.trim():``;switch(t.code){case`CANCELLED`:return`Cancelled: nothing was changed.`;case`UNAUTHENTICATED`:return`You are signed out. Please sign in again.`;case`FORBIDDEN`:return n&&!/^forbidden\.?$/i.test(n)?n:`You are not allowed to do that.`;case`BAD_USER_INPUT`:return n||`Please check what you entered.`;case`INVALID_CREDENTIALS`:return`Wrong username, email or password.`;case`INVALID_TOKEN`:return`This link or code is invalid, has expired, or was already used.`;case`INVALID_MFA_CODE`:return`That code is wrong or was already used. Check your authenticator app and try again.`;case`CONFLICT`:{let e=We(t.field);return e?`That ${e} is already taken.`:`That value is already taken.`}case`RATE_LIMITED`:return typeof t.retryAfter==`number`?`Too many attempts. Please wait ${He(t.retryAfter)} and try again.`:`Too many attempts. Please wait a little and try again.`;case`NOT_FOUND`:return`Not found: it may have been deleted.`;case`QUERY_TOO_COMPLEX`:return`The request was too large for the server.`;case`REAUTHENTICATION_REQUIRED`:return`Please confirm your password to continue.`;case`INTERNAL_SERVER_ERROR`:return`Something went wrong on the server. Please try again later.`;case`NETWORK_ERROR`:return`Cannot reach the server. Check your connection and try again.`;default:return e instanceof TypeError?`Cannot reach the server. Check your connection and try again.`:n||`Something went wrong. Please try again.`}}var Ke=0,qe=Re(null);function F(e,t,n={}){qe.set({kind:e,text:t,code:n.code,sticky:n.sticky??!1,seq:++Ke,at:Date.now()})}function Je(e){F(`error`,Ge(e),{code:Ve(e)??`ERROR`})}function Ye(){qe.set(null)}function Xe(){let e=qe.get();e&&(e.sticky?qe.set({...e,sticky:!1}):Date.now()-e.at>1500&&qe.set(null))}function Ze(e){let t=e.replace(/-/g,`+`).replace(/_/g,`/`),n=t+`=`.repeat((4-t.length%4)%4),r=atob(n),i=new Uint8Array(r.length);for(let e=0;e<r.length;e++)i[e]=r.charCodeAt(e);return i.buffer}function Qe(e){let t=e instanceof ArrayBuffer?new Uint8Array(e):new Uint8Array(e.buffer,e.byteOffset,e.byteLength),n=``;for(let e of t)n+=String.fromCharCode(e);return btoa(n).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function $e(e){if(Array.isArray(e))return e.map(e=>({...e,type:`public-key`,id:Ze(e.id)}))}function et(e){let t=JSON.parse(e).publicKey,n=t.user;return{publicKey:{...t,challenge:Ze(t.challenge),user:{...n,id:Ze(n.id)},excludeCredentials:$e(t.excludeCredentials)}}}function tt(e,t,n){let r=JSON.parse(e).publicKey,i={publicKey:{...r,challenge:Ze(r.challenge),allowCredentials:$e(r.allowCredentials)??[]}};return t&&(i.mediation=`conditional`),n&&(i.signal=n),i}function nt(e){if(!e)throw Error(`The authenticator returned no credential.`);let t=e;if(typeof t.toJSON==`function`)return JSON.stringify(t.toJSON());let n=t.response,r={id:t.id,rawId:Qe(t.rawId),type:t.type,clientExtensionResults:t.getClientExtensionResults?.()??{},response:{clientDataJSON:Qe(n.clientDataJSON)}},i=r.response;if(`attestationObject`in n){i.attestationObject=Qe(n.attestationObject);let e=n.getTransports?.();e&&(i.transports=e)}else{i.authenticatorData=Qe(n.authenticatorData),i.signature=Qe(n.signature);let e=n.userHandle;e&&(i.userHandle=Qe(e))}return JSON.stringify(r)}var I=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},rt=new I(`
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}
    `,{fragmentName:`QuoteFields`}),it=new I(`
    fragment SessionFields on Session {
  id
  createdAt
  lastUsedAt
  userAgent
  ip
  current
}
    `,{fragmentName:`SessionFields`}),at=new I(`
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
    `,{fragmentName:`SecurityEventFields`}),ot=new I(`
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}
    `,{fragmentName:`ProviderIdentityFields`}),st=new I(`
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
  passkeyCount
}
    `,{fragmentName:`UserFields`}),ct=new I(`
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
  passkeyCount
}`,{fragmentName:`AuthPayloadFields`}),lt=new I(`
    fragment LoginResultFields on LoginResult {
  __typename
  ... on AuthPayload {
    ...AuthPayloadFields
  }
  ... on MfaChallenge {
    mfaToken
    expiresIn
    methods
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
  passkeyCount
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
}`,{fragmentName:`LoginResultFields`}),ut=new I(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `,{fragmentName:`PageInfoFields`}),dt=new I(`
    fragment PasskeyFields on Passkey {
  id
  name
  createdAt
  lastUsedAt
  backupEligible
  backedUp
}
    `,{fragmentName:`PasskeyFields`}),ft=new I(`
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}
    `,{fragmentName:`PasskeyCeremonyFields`}),pt={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    emailVerified\n    role\n    createdAt\n    disabled\n    totpEnabled\n    hasPassword\n    passkeyCount\n  }\n":st,"\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    tokenType\n    expiresIn\n    deviceToken\n    user {\n      ...UserFields\n    }\n  }\n":ct,"\n  fragment QuoteFields on Quote {\n    id\n    text\n    author\n    createdAt\n    updatedAt\n  }\n":rt,"\n  fragment SessionFields on Session {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ip\n    current\n  }\n":it,"\n  fragment SecurityEventFields on SecurityEvent {\n    id\n    at\n    kind\n    ip\n    userAgent\n    detail\n  }\n":at,"\n  fragment ProviderIdentityFields on ProviderIdentity {\n    provider\n    providerName\n    email\n    login\n    linkedAt\n    lastUsedAt\n  }\n":ot,"\n  fragment LoginResultFields on LoginResult {\n    __typename\n    ... on AuthPayload {\n      ...AuthPayloadFields\n    }\n    ... on MfaChallenge {\n      mfaToken\n      expiresIn\n      methods\n    }\n    ... on LinkRequired {\n      linkToken\n      provider\n      email\n      expiresIn\n    }\n    ... on EmailRequired {\n      signUpToken\n      provider\n      # An alias: LinkRequired.email is String!, this one may be null.\n      suggestedEmail: email\n      expiresIn\n    }\n  }\n":lt,"\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n":ut,"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":new I(`
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
  passkeyCount
}`,{hash:`sha256:ca0b8b3dd39d1c27ef3395289267312f8fdc9456b7bd6a6b5ff5db72e85d5282`}),"\n  query Sessions {\n    sessions {\n      ...SessionFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:28e5a704c6940338cf5d47cfa5db4c5a82fe3e96ffc5143e8d801a7f1c5914a4`}),"\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:6474b0f39e831616953e803bfe3308bfec0d7fbf23b104b680efcc1c5d2d4322`}),"\n  query Quotes(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: QuoteFilter\n    $withTotalCount: Boolean! = false\n  ) {\n    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      nodes {\n        ...QuoteFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:edc9b467db293381309dfca9568221e533b611ade3599233552a33d68bdcf640`}),"\n  query ErrorCodes {\n    errorCodes\n  }\n":new I(`
    query ErrorCodes {
  errorCodes
}
    `,{hash:`sha256:fb4da7c5b71a8e82107b926783950415606e315ad9753ce5726206a78c525c92`}),"\n  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n":new I(`
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
  passkeyCount
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:832a85cb6548a736af78bacfc92923116f302771464787ac1e8f03d10312541d`}),"\n  query SignInActivity($days: Int = 30) {\n    signInActivity(days: $days) {\n      day\n      succeeded\n      failed\n    }\n  }\n":new I(`
    query SignInActivity($days: Int = 30) {
  signInActivity(days: $days) {
    day
    succeeded
    failed
  }
}
    `,{hash:`sha256:1b7dd89264a4b4a07716d855044d41a7caf2ca983bcb356a06c691528e1a1069`}),"\n  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {\n    me {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount @include(if: $withTotalCount)\n      }\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:55fb92848455f658df488b5bc277a284daf79778e4ec5974bc3d4d018f7c4c75`}),"\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n":new I(`
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
  passkeyCount
}`,{hash:`sha256:acacdcc50c2780ebc6a9b127e34ef4aa95e1b8e074c64725784c21b00764c399`}),"\n  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {\n    user(id: $id) {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:eec088e363c846cb1233ce110d8d08d0f718836042c884e3efd09dc5ca4e8b8e`}),"\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
}`,{hash:`sha256:a15d811058fb9eeccec50ab60684a1a3b44e0ed9898042391f0e04d8171e7156`}),"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...AuthPayloadFields\n      }\n      ... on MfaChallenge {\n        mfaToken\n        expiresIn\n        methods\n      }\n    }\n  }\n":new I(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthPayload {
      ...AuthPayloadFields
    }
    ... on MfaChallenge {
      mfaToken
      expiresIn
      methods
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
  passkeyCount
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
}`,{hash:`sha256:7cf81eaa7dfcc75e57ab28292b48fe0d49aa81502fd688a66e39b5414382ac61`}),"\n  mutation Refresh($refreshToken: String) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
}`,{hash:`sha256:7b5cc16820374f140fc3f3dc23a4dc8b1428db56f07f2cc274328cf08a283352`}),"\n  mutation Logout($scope: LogoutScope = LOCAL) {\n    logout(scope: $scope)\n  }\n":new I(`
    mutation Logout($scope: LogoutScope = LOCAL) {
  logout(scope: $scope)
}
    `,{hash:`sha256:a925af94c71df6e3f25d47ddd5f8ada997b8d86752e3e5bd546aa0f600ae62fd`}),"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n":new I(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `,{hash:`sha256:0da1f5ad6ca30b47e1cb2c8f9b833664fb3647a47c585080a1a7fa8bc04c825c`}),"\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
}`,{hash:`sha256:2e21ebf8a0b76b1b90169476de7df5ffb202e8caa148d50f77bda79e6fc35c49`}),"\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
}`,{hash:`sha256:4be5df0f897e3eb3957b474495cbc89ad64ec2b59504e6d291919c9440c49e1f`}),"\n  mutation DeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n":new I(`
    mutation DeleteAccount($password: String) {
  deleteAccount(password: $password)
}
    `,{hash:`sha256:d655a0470c79c86cb07299dc0eda6a1724e8dad3dee3808bc7a77e5448df3a86`}),"\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n":new I(`
    mutation EnrollTotp {
  enrollTotp {
    secret
    otpauthUrl
    qrCodeDataUrl
  }
}
    `,{hash:`sha256:e994a5872a45b09de1997c606dd5a1bf820fb6a4c29797e2ebf13c840ee2f86d`}),"\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n":new I(`
    mutation ConfirmTotp($code: String!) {
  confirmTotp(code: $code)
}
    `,{hash:`sha256:e7d28405089723136224c2bbcc4e2b4006168a2e664eed7629f72f208e4c66c5`}),"\n  mutation VerifyTotp($mfaToken: String!, $code: String!) {\n    verifyTotp(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
}`,{hash:`sha256:75a24035677853e9ec211be615e7c883e9a70c267041ac8efd236175663a109e`}),"\n  mutation DisableTotp($password: String, $code: String!) {\n    disableTotp(password: $password, code: $code) {\n      ...UserFields\n    }\n  }\n":new I(`
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
  passkeyCount
}`,{hash:`sha256:a679fa8219b49c6275197bb3f54095a5f201f978f159bad6585ebfba11bfa841`}),"\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n":new I(`
    mutation RegenerateRecoveryCodes($code: String!) {
  regenerateRecoveryCodes(code: $code)
}
    `,{hash:`sha256:3be4b1df016f13ea55a13b1efcec613b6256da9c20cd54abcc26c96edb339e6a`}),"\n  mutation CreateRecoveryCodes {\n    createRecoveryCodes\n  }\n":new I(`
    mutation CreateRecoveryCodes {
  createRecoveryCodes
}
    `,{hash:`sha256:a0cf28633236c42638ef90f392745387baf07ef2e7c564f4a6d88edc7202df1f`}),"\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n":new I(`
    mutation RequestEmailVerification {
  requestEmailVerification
}
    `,{hash:`sha256:546ead34ed3d0d05a2c2552be8f05d2829f66bdc1c12611666dce7167dbb09cc`}),"\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...UserFields\n    }\n  }\n":new I(`
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
  passkeyCount
}`,{hash:`sha256:1ef53cc6d485eef95a9ab62b6ed1f8bdc684138868534a2db67d5ed6933c152e`}),"\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n":new I(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `,{hash:`sha256:5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72`}),"\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n":new I(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `,{hash:`sha256:fe56b8aec7a3b8e3dff83ca568801466f6c64e0c19b90c04e75ad25dd3d65c57`}),"\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n":new I(`
    mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {
  requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
}
    `,{hash:`sha256:40308c1b915b5635500511a2ba730809ac29fedcb976ef1fb34397011a3d364f`}),"\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...UserFields\n    }\n  }\n":new I(`
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
  passkeyCount
}`,{hash:`sha256:5cf4f17a45134fed0b3256df80c7fc7afd99c0ce8767edeb6311f4e28ed605f4`}),"\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:d206ae6bbc10bad4cd26776be5d32ecf48f8dcf2f710f6392e6c56d14c99cfb2`}),"\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:b66ac58f1a87d4e836dd7f8cf7f2ae76fb028abe4102dedd1cb679999a038b4a`}),"\n  mutation DeleteQuote($id: ID!) {\n    deleteQuote(id: $id)\n  }\n":new I(`
    mutation DeleteQuote($id: ID!) {
  deleteQuote(id: $id)
}
    `,{hash:`sha256:febc10f7cc88bcfbe0db35a6c76af9e20f555967fc5ea858fe6acce19d53a63c`}),"\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...UserFields\n    }\n  }\n":new I(`
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
  passkeyCount
}`,{hash:`sha256:f023a6f967bef991e56984187743e74c897fa83ab6f4ecbceb5f38625e5414ad`}),"\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    adminResetPassword(userId: $userId, newPassword: $newPassword)\n  }\n":new I(`
    mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
  adminResetPassword(userId: $userId, newPassword: $newPassword)
}
    `,{hash:`sha256:285a7285adbd62678d1d7250d31ef1d5a6429325874dacfd7d1637411d2df9e7`}),"\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n":new I(`
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
  passkeyCount
}`,{hash:`sha256:68b1141a391a16d8b7b57fc7d73a341d901530d774aed58b1cad3950eae4cb7b`}),"\n  mutation AdminResetTwoFactor($userId: ID!) {\n    adminResetTwoFactor(userId: $userId) {\n      ...UserFields\n    }\n  }\n":new I(`
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
  passkeyCount
}`,{hash:`sha256:ab27e121ef74937d9a986656ef7d91edaac851ff605eca86a9ce886cb143e2ad`}),"\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      startUrl\n    }\n  }\n":new I(`
    query SignInProviders {
  signInProviders {
    id
    name
    startUrl
  }
}
    `,{hash:`sha256:4daabf86aedc6c74e242490e1b475f72a8731781adc47b96f091489771e8d0b7`}),"\n  query ProviderIdentities {\n    providerIdentities {\n      ...ProviderIdentityFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:f83a107738304715f1d87286f9049eb03499256f3c4b8ab101c5940b1bece496`}),"\n  mutation FinishProviderSignIn($providerCode: String!) {\n    finishProviderSignIn(providerCode: $providerCode) {\n      ...LoginResultFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
    methods
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
}`,{hash:`sha256:8b5743f15102a4f8a34e8d0c2b0c1b43c417556eb29d7944bdf74f938afbd164`}),"\n  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {\n    requestProviderSignUp(signUpToken: $signUpToken, email: $email)\n  }\n":new I(`
    mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {
  requestProviderSignUp(signUpToken: $signUpToken, email: $email)
}
    `,{hash:`sha256:9ac88b515927620ef85df4ab9a7ddae162bff8ea8fcfc23d8519384bc72758e8`}),"\n  mutation ConfirmProviderSignUp($token: String!) {\n    confirmProviderSignUp(token: $token) {\n      ...LoginResultFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
    methods
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
}`,{hash:`sha256:4c60492bd3456ab92af0d429fb665f547b2225d9018c2cd1c4e63ece0ba9d717`}),"\n  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {\n    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
}`,{hash:`sha256:71e91c8a5acb0b9dfe469668179663fa82004f732a6cd1fcfef1a6bb1bf21bef`}),"\n  mutation LinkProvider($providerCode: String!) {\n    linkProvider(providerCode: $providerCode) {\n      ...ProviderIdentityFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:d9c2c88432679398a7a997dfc81873776473b575b1e63344fd9d5bd5da02223f`}),"\n  mutation UnlinkProvider($provider: ID!) {\n    unlinkProvider(provider: $provider) {\n      ...ProviderIdentityFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:1c8864f685e98eef331f9b29178ac810bd9cee4bea4ad677c7f4ff399df0657c`}),"\n  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {\n    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
}`,{hash:`sha256:6574c59f3a708d7eeb4e46f01da56dbb6833b43845843082d977dcf0a9e5604b`}),"\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backupEligible\n    backedUp\n  }\n":dt,"\n  fragment PasskeyCeremonyFields on PasskeyCeremony {\n    ceremonyId\n    optionsJson\n    expiresIn\n  }\n":ft,"\n  query PasskeysEnabled {\n    passkeysEnabled\n  }\n":new I(`
    query PasskeysEnabled {
  passkeysEnabled
}
    `,{hash:`sha256:d2c9171a7c4349295dbaa71a3389d7153f32d3f6cbf851dea5321846f879698e`}),"\n  query Passkeys {\n    passkeysEnabled\n    passkeys {\n      ...PasskeyFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:1292e8ea7f952fbe18533249cf15817a0f1983e2534235b1bcc80bb996488164`}),"\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      ...PasskeyCeremonyFields\n    }\n  }\n":new I(`
    mutation StartPasskeyRegistration {
  startPasskeyRegistration {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`,{hash:`sha256:f7898e63ac263ee42c313bd3d4c4d7a4a7b040e8f7a36be1f0abed231add81ad`}),"\n  mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {\n    finishPasskeyRegistration(ceremonyId: $ceremonyId, credentialJson: $credentialJson, name: $name) {\n      ...PasskeyFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:427b9ad15ac59c41b50766b7eb41f769a7f9eee1e31ed512a3b851db805414d8`}),"\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      ...PasskeyCeremonyFields\n    }\n  }\n":new I(`
    mutation StartPasskeySignIn {
  startPasskeySignIn {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`,{hash:`sha256:6eb7f25bd896ba22c7d073fee0d9e2c0e2dc9e5e0a5081335039664619de1b95`}),"\n  mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {\n    finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...LoginResultFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
    methods
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
}`,{hash:`sha256:f8c0b073fff64aefd2a019be6b3f44db73ccda8eb701612cdcee33db02ab2375`}),"\n  mutation StartPasskeySecondFactor($mfaToken: String!) {\n    startPasskeySecondFactor(mfaToken: $mfaToken) {\n      ...PasskeyCeremonyFields\n    }\n  }\n":new I(`
    mutation StartPasskeySecondFactor($mfaToken: String!) {
  startPasskeySecondFactor(mfaToken: $mfaToken) {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`,{hash:`sha256:ce2401c487dda3b8add44d70d45f3b96374bd1932e0168841c5a7b9dd6382fc6`}),"\n  mutation FinishPasskeySecondFactor($mfaToken: String!, $ceremonyId: ID!, $credentialJson: String!) {\n    finishPasskeySecondFactor(mfaToken: $mfaToken, ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
    mutation FinishPasskeySecondFactor($mfaToken: String!, $ceremonyId: ID!, $credentialJson: String!) {
  finishPasskeySecondFactor(
    mfaToken: $mfaToken
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
  passkeyCount
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
}`,{hash:`sha256:410bb5b3b5c6076388a2b6e8e2f0a6aa89c38dd3f0ad42b94a09135993f1f135`}),"\n  mutation StartPasskeyReauthentication {\n    startPasskeyReauthentication {\n      ...PasskeyCeremonyFields\n    }\n  }\n":new I(`
    mutation StartPasskeyReauthentication {
  startPasskeyReauthentication {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`,{hash:`sha256:5cd8f1795b5c323960b34d6482d9733527f9f44eba113483e238b42b61d5b0a5`}),"\n  mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {\n    reauthenticateWithPasskey(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
  passkeyCount
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
}`,{hash:`sha256:a2da8cea80a5c2a2f2ee72d02c7dfe42eb25aaa8e3d74ee1de63442d0ad823ff`}),"\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      ...PasskeyFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:f11afcca2c1c3fb582aee1a55d08cf2986e0512505a5d486f9fbaf02788e5152`}),"\n  mutation DeletePasskey($id: ID!) {\n    deletePasskey(id: $id)\n  }\n":new I(`
    mutation DeletePasskey($id: ID!) {
  deletePasskey(id: $id)
}
    `,{hash:`sha256:0e42030553f9d7040b39c37b5dcc26d53311ec907d767bbb3e079d001294009c`})};function L(e){return pt[e]??{}}L(`
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
    passkeyCount
  }
`),L(`
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
`),L(`
  fragment QuoteFields on Quote {
    id
    text
    author
    createdAt
    updatedAt
  }
`),L(`
  fragment SessionFields on Session {
    id
    createdAt
    lastUsedAt
    userAgent
    ip
    current
  }
`),L(`
  fragment SecurityEventFields on SecurityEvent {
    id
    at
    kind
    ip
    userAgent
    detail
  }
`),L(`
  fragment ProviderIdentityFields on ProviderIdentity {
    provider
    providerName
    email
    login
    linkedAt
    lastUsedAt
  }
`),L(`
  fragment LoginResultFields on LoginResult {
    __typename
    ... on AuthPayload {
      ...AuthPayloadFields
    }
    ... on MfaChallenge {
      mfaToken
      expiresIn
      methods
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
`),L(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);var mt=L(`
  query Me {
    me {
      ...UserFields
    }
  }
`),ht=L(`
  query Sessions {
    sessions {
      ...SessionFields
    }
  }
`);L(`
  query Quote($id: ID!) {
    quote(id: $id) {
      ...QuoteFields
    }
  }
`);var gt=L(`
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
`);L(`
  query ErrorCodes {
    errorCodes
  }
`);var _t=L(`
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
`),vt=L(`
  query SignInActivity($days: Int = 30) {
    signInActivity(days: $days) {
      day
      succeeded
      failed
    }
  }
`),yt=L(`
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
`),bt=L(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`),xt=L(`
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
`),St=L(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthPayloadFields
    }
  }
`),Ct=L(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthPayload {
        ...AuthPayloadFields
      }
      ... on MfaChallenge {
        mfaToken
        expiresIn
        methods
      }
    }
  }
`),wt=L(`
  mutation Refresh($refreshToken: String) {
    refresh(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`),Tt=L(`
  mutation Logout($scope: LogoutScope = LOCAL) {
    logout(scope: $scope)
  }
`),Et=L(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`),Dt=L(`
  mutation Reauthenticate($password: String!, $code: String) {
    reauthenticate(password: $password, code: $code) {
      ...AuthPayloadFields
    }
  }
`),Ot=L(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...AuthPayloadFields
    }
  }
`),kt=L(`
  mutation DeleteAccount($password: String) {
    deleteAccount(password: $password)
  }
`),At=L(`
  mutation EnrollTotp {
    enrollTotp {
      secret
      otpauthUrl
      qrCodeDataUrl
    }
  }
`),jt=L(`
  mutation ConfirmTotp($code: String!) {
    confirmTotp(code: $code)
  }
`),Mt=L(`
  mutation VerifyTotp($mfaToken: String!, $code: String!) {
    verifyTotp(mfaToken: $mfaToken, code: $code) {
      ...AuthPayloadFields
    }
  }
`),Nt=L(`
  mutation DisableTotp($password: String, $code: String!) {
    disableTotp(password: $password, code: $code) {
      ...UserFields
    }
  }
`),Pt=L(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`),Ft=L(`
  mutation CreateRecoveryCodes {
    createRecoveryCodes
  }
`),It=L(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`),Lt=L(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ...UserFields
    }
  }
`),Rt=L(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),zt=L(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`),Bt=L(`
  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {
    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
  }
`),Vt=L(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      ...UserFields
    }
  }
`),Ht=L(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      ...QuoteFields
    }
  }
`),Ut=L(`
  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
    updateQuote(id: $id, input: $input) {
      ...QuoteFields
    }
  }
`),Wt=L(`
  mutation DeleteQuote($id: ID!) {
    deleteQuote(id: $id)
  }
`),Gt=L(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      ...UserFields
    }
  }
`),Kt=L(`
  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
    adminResetPassword(userId: $userId, newPassword: $newPassword)
  }
`),qt=L(`
  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
    setUserDisabled(userId: $userId, disabled: $disabled) {
      ...UserFields
    }
  }
`),Jt=L(`
  mutation AdminResetTwoFactor($userId: ID!) {
    adminResetTwoFactor(userId: $userId) {
      ...UserFields
    }
  }
`),Yt=L(`
  query SignInProviders {
    signInProviders {
      id
      name
      startUrl
    }
  }
`),Xt=L(`
  query ProviderIdentities {
    providerIdentities {
      ...ProviderIdentityFields
    }
  }
`),Zt=L(`
  mutation FinishProviderSignIn($providerCode: String!) {
    finishProviderSignIn(providerCode: $providerCode) {
      ...LoginResultFields
    }
  }
`),Qt=L(`
  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {
    requestProviderSignUp(signUpToken: $signUpToken, email: $email)
  }
`),$t=L(`
  mutation ConfirmProviderSignUp($token: String!) {
    confirmProviderSignUp(token: $token) {
      ...LoginResultFields
    }
  }
`),en=L(`
  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {
    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {
      ...AuthPayloadFields
    }
  }
`),tn=L(`
  mutation LinkProvider($providerCode: String!) {
    linkProvider(providerCode: $providerCode) {
      ...ProviderIdentityFields
    }
  }
`),nn=L(`
  mutation UnlinkProvider($provider: ID!) {
    unlinkProvider(provider: $provider) {
      ...ProviderIdentityFields
    }
  }
`),rn=L(`
  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {
    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {
      ...AuthPayloadFields
    }
  }
`);L(`
  fragment PasskeyFields on Passkey {
    id
    name
    createdAt
    lastUsedAt
    backupEligible
    backedUp
  }
`),L(`
  fragment PasskeyCeremonyFields on PasskeyCeremony {
    ceremonyId
    optionsJson
    expiresIn
  }
`);var an=L(`
  query PasskeysEnabled {
    passkeysEnabled
  }
`),on=L(`
  query Passkeys {
    passkeysEnabled
    passkeys {
      ...PasskeyFields
    }
  }
`),R=L(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration {
      ...PasskeyCeremonyFields
    }
  }
`),sn=L(`
  mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {
    finishPasskeyRegistration(ceremonyId: $ceremonyId, credentialJson: $credentialJson, name: $name) {
      ...PasskeyFields
    }
  }
`),cn=L(`
  mutation StartPasskeySignIn {
    startPasskeySignIn {
      ...PasskeyCeremonyFields
    }
  }
`),ln=L(`
  mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {
    finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
      ...LoginResultFields
    }
  }
`),un=L(`
  mutation StartPasskeySecondFactor($mfaToken: String!) {
    startPasskeySecondFactor(mfaToken: $mfaToken) {
      ...PasskeyCeremonyFields
    }
  }
`),dn=L(`
  mutation FinishPasskeySecondFactor($mfaToken: String!, $ceremonyId: ID!, $credentialJson: String!) {
    finishPasskeySecondFactor(mfaToken: $mfaToken, ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
      ...AuthPayloadFields
    }
  }
`),z=L(`
  mutation StartPasskeyReauthentication {
    startPasskeyReauthentication {
      ...PasskeyCeremonyFields
    }
  }
`),fn=L(`
  mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {
    reauthenticateWithPasskey(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
      ...AuthPayloadFields
    }
  }
`),pn=L(`
  mutation RenamePasskey($id: ID!, $name: String!) {
    renamePasskey(id: $id, name: $name) {
      ...PasskeyFields
    }
  }
`),mn=L(`
  mutation DeletePasskey($id: ID!) {
    deletePasskey(id: $id)
  }
`),hn={refreshToken:`portcullis.refreshToken`,deviceToken:`portcullis.deviceToken`};function gn(){let e=new Map;return{get:t=>e.get(t)??null,set:(t,n)=>void e.set(t,n),remove:t=>void e.delete(t)}}function _n(e,t){let n=new URL(e);return n.searchParams.set(`redirect_uri`,t.redirectUri),t.state!==void 0&&n.searchParams.set(`state`,t.state),n.toString()}var vn=class extends Error{name=`PortcullisError`;code;field;retryAfter;errors;status;constructor(e,t={}){let n=e[0]??{message:`Unknown error`};super(n.message,t.cause===void 0?void 0:{cause:t.cause}),this.errors=e;let r=n.extensions??{};this.code=typeof r.code==`string`?r.code:`BAD_RESPONSE`,typeof r.field==`string`&&(this.field=r.field),typeof r.retryAfter==`number`&&(this.retryAfter=r.retryAfter),t.status!==void 0&&(this.status=t.status)}has(e){return this.errors.some(t=>t.extensions?.code===e)}},yn=new Set([`INVALID_TOKEN`,`UNAUTHENTICATED`,`FORBIDDEN`,`BAD_USER_INPUT`]),bn=class{#e;#t;#n;#r;#i;#a;#o=new Set;#s=null;#c=0;#l=0;#u=null;#d=null;#f=null;#p=0;constructor(e){this.#e=e.url??`/graphql`,this.#t=e.csrfUrl??`${this.#e.replace(/\/graphql\/?$/,``)}/auth/csrf`,this.#n=e.mode,this.#r=e.storage??gn(),this.#i=e.fetch??((e,t)=>globalThis.fetch(e,t)),e.onSessionChange&&this.#o.add(e.onSessionChange),this.#a=e.documentIds??!1}get mode(){return this.#n}get accessToken(){return this.#s}get user(){return this.#u}get signedIn(){return this.#u!==null&&this.#s!==null}subscribe(e){return this.#o.add(e),()=>this.#o.delete(e)}async request(e,...[t]){this.#s!==null&&Date.now()>=this.#c-this.#l&&await this.refresh();let n=this.#s,r;try{let i=await this.#g(e,t,n);if(n===null||!Tn(i)||i.me!==null)return i;r={data:i}}catch(e){if(!(e instanceof vn)||!e.has(`UNAUTHENTICATED`))throw e;r={error:e}}if(this.#s!==null&&this.#s!==n||await this.#h(n)&&await this.refresh())return this.#g(e,t,this.#s);if(`error`in r)throw r.error;return r.data}async signIn(e,t){let n={login:e,password:t};if(this.#n===`bearer`){let e=await this.#r.get(hn.deviceToken);e&&(n.deviceToken=e)}let{login:r}=await this.#g(Ct,{input:n},null);if(r.__typename===`MfaChallenge`)return{kind:`secondFactor`,mfaToken:r.mfaToken,expiresIn:r.expiresIn,methods:r.methods};if(r.__typename===`AuthPayload`)return{kind:`signedIn`,user:r.user};throw Error(`unexpected answer to login: ${r.__typename}`)}async completeSecondFactor(e,t){return(await this.#g(Mt,{mfaToken:e,code:t},null)).verifyTotp.user}async register(e){return(await this.#g(St,{input:e},null)).register.user}async providers(){return(await this.request(Yt)).signInProviders}async identities(){return(await this.request(Xt)).providerIdentities}async finishProviderSignIn(e){return xn((await this.#g(Zt,{providerCode:e},null)).finishProviderSignIn)}async requestProviderSignUp(e,t){await this.#g(Qt,{signUpToken:e,email:t},null)}async confirmProviderSignUp(e){return xn((await this.#g($t,{token:e},null)).confirmProviderSignUp)}async confirmProviderLink(e,t,n){let r={linkToken:e};return t!=null&&(r.password=t),n!=null&&(r.code=n),(await this.request(en,r)).confirmProviderLink.user}async linkProvider(e){return(await this.request(tn,{providerCode:e})).linkProvider}async unlinkProvider(e){return(await this.request(nn,{provider:e})).unlinkProvider}async reauthenticateWithProvider(e,t){await this.request(rn,t===void 0?{providerCode:e}:{providerCode:e,code:t})}async passkeysEnabled(){return(await this.#g(an,{},null)).passkeysEnabled}async passkeys(){let e=await this.request(on);return{enabled:e.passkeysEnabled,passkeys:e.passkeys}}async registerPasskey(e,t=navigator.credentials){let n=(await this.request(R)).startPasskeyRegistration,r=await t.create(et(n.optionsJson));return(await this.request(sn,{ceremonyId:n.ceremonyId,credentialJson:nt(r),name:e})).finishPasskeyRegistration}async signInWithPasskey(e={}){let t=(await this.#g(cn,{},null)).startPasskeySignIn,n=await(e.credentials??navigator.credentials).get(tt(t.optionsJson,e.conditional??!1,e.signal));return xn((await this.#g(ln,{ceremonyId:t.ceremonyId,credentialJson:nt(n)},null)).finishPasskeySignIn)}async completeSecondFactorWithPasskey(e,t=navigator.credentials){let n=(await this.#g(un,{mfaToken:e},null)).startPasskeySecondFactor,r=await t.get(tt(n.optionsJson,!1));return(await this.#g(dn,{mfaToken:e,ceremonyId:n.ceremonyId,credentialJson:nt(r)},null)).finishPasskeySecondFactor.user}async reauthenticateWithPasskey(e=navigator.credentials){let t=(await this.request(z)).startPasskeyReauthentication,n=await e.get(tt(t.optionsJson,!1));await this.request(fn,{ceremonyId:t.ceremonyId,credentialJson:nt(n)})}async renamePasskey(e,t){return(await this.request(pn,{id:e,name:t})).renamePasskey}async deletePasskey(e){await this.request(mn,{id:e})}async reauthenticate(e,t){await this.request(Dt,t===void 0?{password:e}:{password:e,code:t})}refresh(){return this.#d??=this.#m().finally(()=>{this.#d=null}),this.#d}async resume(){return this.signedIn&&Date.now()<this.#c-this.#l||await this.refresh()?this.#u:null}async signOut(e=`LOCAL`){if(e===`OTHERS`){await this.request(Tt,{scope:e});return}let t=null;try{this.#n===`cookie`?await this.#g(Tt,{scope:e},this.#s):(this.#s!==null||await this.#r.get(hn.refreshToken))&&await this.request(Tt,{scope:e})}catch(e){t=e}finally{await this.#y(`signedOut`)}if(t!==null&&e===`GLOBAL`)throw t}async#m(){let e={};if(this.#n===`bearer`){let t=await this.#r.get(hn.refreshToken);if(!t)return await this.#y(`expired`),!1;e={refreshToken:t}}try{return await this.#g(wt,e,null),!0}catch(e){if(e instanceof vn&&yn.has(e.code))return await this.#y(`expired`),!1;throw e}}async#h(e){return this.#n===`cookie`?e!==null||this.#u!==null:!!await this.#r.get(hn.refreshToken)}async#g(e,t,n){let r=this.#p,i=await this.#x(e,t,n);return r===this.#p&&await this.#_(i),i}async#_(e){for(let[t,n]of Object.entries(e))if(An(n))await this.#v(n);else if(kn(n)&&this.#u!==null&&n.id===this.#u.id){let e=this.#u;this.#u=n,On.some(t=>e[t]!==n[t])&&this.#b(`updated`)}else t===`deleteAccount`&&n===!0&&await this.#y(`signedOut`)}async#v(e){let t=this.#u!==null&&this.#u.id===e.user.id?`refreshed`:`signedIn`;this.#n===`bearer`&&(e.refreshToken&&await this.#r.set(hn.refreshToken,e.refreshToken),e.deviceToken&&await this.#r.set(hn.deviceToken,e.deviceToken));let n=e.expiresIn*1e3;this.#s=e.accessToken,this.#c=Date.now()+n,this.#l=Math.min(3e4,n/10),this.#u=e.user,this.#b(t)}async#y(e){let t=this.signedIn;this.#p+=1,this.#s=null,this.#c=0,this.#u=null,this.#n===`bearer`&&await this.#r.remove(hn.refreshToken),t&&this.#b(e)}#b(e){let t={signedIn:this.signedIn,user:this.#u,reason:e};for(let e of this.#o)try{e(t)}catch{}}async#x(e,t,n){let r=Cn(e),i=/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(r)?.[1],a=this.#a?Sn(e):void 0,{response:o,payload:s}=await this.#S(a?{documentId:a,variables:t??{},operationName:i}:{query:r,variables:t??{},operationName:i},n);a&&Array.isArray(s.errors)&&s.errors.some(e=>En(e)&&e.message===`PersistedQueryNotFound`)&&({response:o,payload:s}=await this.#S({query:r,variables:t??{},operationName:i},n));let c=Array.isArray(s.errors)?s.errors.filter(En):[];if(c.length>0)throw new vn(c,{status:o.status});let l=s.data;if(!o.ok||!Tn(l))throw wn(`HTTP ${o.status}: no data in the answer`,o.status);return l}async#S(e,t){let n=await this.#C(JSON.stringify(e),t),r;try{r=await n.json()}catch(e){throw wn(`HTTP ${n.status}: the answer is not JSON`,n.status,e)}if(!Tn(r))throw wn(`HTTP ${n.status}: not a GraphQL answer`,n.status);return{response:n,payload:r}}async#C(e,t){for(let n=0;;n++){let r={"content-type":`application/json`,accept:`application/json`};t!==null&&(r.authorization=`Bearer ${t}`);let i={method:`POST`,headers:r,body:e},a=null;this.#n===`cookie`&&(a=this.#w(),r[`x-portcullis-session`]=`cookie`,r[`x-csrf-token`]=await a,i.credentials=`include`);let o=await this.#E(this.#e,i);if(a===null||o.status!==403||n>0)return o;await o.body?.cancel(),this.#f===a&&(this.#f=null)}}#w(){if(this.#f===null){let e=this.#T();this.#f=e,e.catch(()=>{this.#f===e&&(this.#f=null)})}return this.#f}async#T(){let e=await this.#E(this.#t,{method:`GET`,headers:{accept:`application/json`},credentials:`include`}),t=await e.json().catch(()=>null);if(e.ok&&Tn(t)&&typeof t.csrfToken==`string`)return t.csrfToken;if(Tn(t)&&Array.isArray(t.errors)){let n=t.errors.filter(En);if(n.length>0)throw new vn(n,{status:e.status})}throw wn(`HTTP ${e.status} from the CSRF endpoint`,e.status)}async#E(e,t){try{return await this.#i(e,t)}catch(e){throw new vn([{message:`The server could not be reached.`,extensions:{code:`NETWORK_ERROR`}}],{cause:e})}}};function xn(e){switch(e.__typename){case`AuthPayload`:return{kind:`signedIn`,user:e.user};case`MfaChallenge`:return{kind:`secondFactor`,mfaToken:e.mfaToken,expiresIn:e.expiresIn,methods:e.methods};case`LinkRequired`:return{kind:`linkRequired`,linkToken:e.linkToken,provider:e.provider,email:e.email,expiresIn:e.expiresIn};case`EmailRequired`:return{kind:`emailRequired`,signUpToken:e.signUpToken,provider:e.provider,email:e.suggestedEmail,expiresIn:e.expiresIn}}}function Sn(e){let t=Tn(e)||e instanceof String?e.__meta__:void 0,n=Tn(t)?t.hash:void 0;return typeof n==`string`&&n.startsWith(`sha256:`)?n:void 0}function Cn(e){if(typeof e==`string`||e instanceof String)return e.toString();let t=Tn(e)?e.loc:void 0;if(Tn(t)&&Tn(t.source)&&typeof t.source.body==`string`)return t.source.body;throw TypeError(`Not a document: pass one from @portcullis/client, or a DocumentNode with loc.`)}function wn(e,t,n){return new vn([{message:e,extensions:{code:`BAD_RESPONSE`}}],n===void 0?{status:t}:{status:t,cause:n})}function Tn(e){return typeof e==`object`&&!!e&&!Array.isArray(e)}function En(e){return Tn(e)&&typeof e.message==`string`}var Dn={id:`string`,email:`string`,username:`string`,emailVerified:`boolean`,role:`string`,createdAt:`string`,disabled:`boolean`,totpEnabled:`boolean`,hasPassword:`boolean`,passkeyCount:`number`},On=Object.keys(Dn);function kn(e){return Tn(e)&&On.every(t=>typeof e[t]===Dn[t])}function An(e){return Tn(e)&&typeof e.accessToken==`string`&&typeof e.refreshToken==`string`&&typeof e.expiresIn==`number`&&kn(e.user)}var jn=new Set;function Mn(e){return jn.add(e),()=>jn.delete(e)}var B=new bn({mode:`cookie`,documentIds:!0,onSessionChange:e=>{for(let t of[...jn])t(e)}});function Nn(){return Object.assign(Error(`Signed out.`),{code:`UNAUTHENTICATED`})}async function Pn(){return(await B.request(mt)).me}async function Fn(e){let t={};e.search&&(t.search=e.search),e.author&&(t.author=e.author);let n=await B.request(gt,{first:e.first??null,after:e.after??null,last:e.last??null,before:e.before??null,filter:t.search||t.author?t:null,withTotalCount:!0});return{...n.quotes,totalCount:n.quotes.totalCount??0}}async function In(e,t){return(await B.request(Ht,{input:{text:e,author:t}})).createQuote}async function Ln(e,t,n){return(await B.request(Ut,{id:e,input:{text:t,author:n}})).updateQuote}async function Rn(e){return(await B.request(Wt,{id:e})).deleteQuote}async function zn(){return(await B.request(It)).requestEmailVerification}async function Bn(e){return(await B.request(Lt,{token:e})).verifyEmail}async function Vn(e){return(await B.request(Rt,{email:e})).requestPasswordReset}async function Hn(e,t){return(await B.request(zt,{token:e,newPassword:t})).resetPassword}async function Un(e,t){return(await B.request(Bt,{newEmail:e,currentPassword:t})).requestEmailChange}async function Wn(e){return(await B.request(Vt,{token:e})).confirmEmailChange}async function Gn(e,t){await B.request(Ot,{currentPassword:e,newPassword:t})}async function Kn(e){return(await B.request(kt,{password:e})).deleteAccount}async function qn(){return(await B.request(At)).enrollTotp}async function Jn(e){return(await B.request(jt,{code:e})).confirmTotp}async function Yn(e){return(await B.request(Pt,{code:e})).regenerateRecoveryCodes}async function Xn(){return(await B.request(Ft)).createRecoveryCodes}async function Zn(){return B.passkeysEnabled()}async function Qn(){return B.passkeys()}async function $n(e){return B.registerPasskey(e)}async function er(e,t){return B.renamePasskey(e,t)}async function tr(e){await B.deletePasskey(e)}async function nr(e,t){return(await B.request(Nt,{password:e,code:t})).disableTotp}async function rr(){return(await B.request(ht)).sessions}async function ir(e){return(await B.request(Et,{id:e})).revokeSession}async function ar(){return(await B.request(Tt,{scope:`OTHERS`})).logout}async function or(e,t){let n=await B.request(yt,{first:e,after:t,withTotalCount:!0});if(!n.me)throw Nn();let r=n.me.securityEvents;return{events:r.nodes,pageInfo:r.pageInfo,totalCount:r.totalCount??null}}var sr=null;function cr(){if(!sr){let e=B.providers();sr=e,e.catch(()=>{sr===e&&(sr=null)})}return sr}async function lr(){return B.identities()}async function ur(e){return B.unlinkProvider(e)}async function dr(e,t,n){let r=await B.request(_t,{first:e,after:t,search:n,withTotalCount:!0});return{...r.users,totalCount:r.users.totalCount??0}}async function fr(e){return(await B.request(bt,{id:e})).user??null}async function pr(e,t,n){let r=await B.request(xt,{id:e,first:t,after:n});if(!r.user)throw Object.assign(Error(`No such user.`),{code:`NOT_FOUND`});return{events:r.user.securityEvents.nodes,pageInfo:r.user.securityEvents.pageInfo,totalCount:null}}async function mr(e,t){return(await B.request(Gt,{userId:e,role:t})).setUserRole}async function hr(e,t){return(await B.request(qt,{userId:e,disabled:t})).setUserDisabled}async function gr(e,t){return(await B.request(Kt,{userId:e,newPassword:t})).adminResetPassword}async function _r(e){return(await B.request(Jt,{userId:e})).adminResetTwoFactor}async function vr(e){return(await B.request(vt,{days:e})).signInActivity}var yr=Re({status:`loading`,user:null}),br=3e4,xr,Sr=!1,Cr=`You are signed out: your session ended (it was revoked or expired, or the account was disabled). Please sign in again.`;function wr(){xr===void 0&&(xr=setInterval(()=>void kr(),br))}function Tr(){xr!==void 0&&clearInterval(xr),xr=void 0}function Er(e){let t=yr.get();(t.status!==`signedIn`||t.user!==e)&&yr.set({status:`signedIn`,user:e}),wr()}function Dr(e=Cr){Tr();let t=yr.get().status;t!==`signedOut`&&yr.set({status:`signedOut`,user:null}),t===`signedIn`&&!Sr&&F(`info`,e,{code:`SIGNED_OUT`,sticky:!0})}async function Or(){let e=await Pn();return e?(Er(B.user??e),e):(Dr(),null)}async function kr(){if(yr.get().status===`signedIn`)try{await Or()}catch(e){Ve(e)!==`UNAUTHENTICATED`&&B.signedIn||Dr()}}async function Ar(){try{let e=await B.resume();e?Er(e):yr.set({status:`signedOut`,user:null})}catch(e){yr.set({status:`signedOut`,user:null});let t=Ve(e)??`NETWORK_ERROR`;F(`error`,t===`NETWORK_ERROR`||t===`BAD_RESPONSE`?`Cannot reach the server to restore your session. Reload the page or sign in.`:Ge(e),{code:t})}}async function jr(e=`You are signed out.`){Sr=!0,Tr();try{await B.signOut(`LOCAL`)}finally{yr.set({status:`signedOut`,user:null}),F(`success`,e,{sticky:!0}),Sr=!1}}async function Mr(e){Sr=!0;try{return await e()}finally{Sr=!1}}Mn(e=>{e.signedIn&&e.user?Er(e.user):e.reason===`expired`?Dr():Sr?(Tr(),yr.set({status:`signedOut`,user:null})):Dr()}),document.addEventListener(`visibilitychange`,()=>{document.visibilityState===`visible`&&kr()});var Nr=Re(null),Pr=null;function Fr(){return Pr||(Pr=new Promise(e=>{Nr.set({resolve(t){Nr.set(null),Pr=null,e(t)}})}),Pr)}var Ir=class extends Error{code=`REAUTHENTICATED`;constructor(){super(`Identity confirmed.`)}};async function Lr(e,t=!0){try{return await e()}catch(n){if(Ve(n)!==`REAUTHENTICATION_REQUIRED`)throw n;if(!await Fr())throw new Be;if(!t)throw new Ir;return await e()}}function Rr(e){let t=Ve(e);if(t===`UNAUTHENTICATED`){if(yr.get().status!==`signedIn`)return;if(!B.signedIn){Dr();return}}t===`CANCELLED`?F(`info`,`Cancelled: nothing was changed.`,{code:t}):t===`REAUTHENTICATED`?F(`info`,`Identity confirmed. Each code works once: wait for the next code in your authenticator app, enter it and try again.`,{code:t}):Je(e)}function V(){let[e,t]=M(!1),n=De(!0);return P(()=>()=>{n.current=!1},[]),{busy:e,run:ke(async(e,r,i)=>{t(!0);try{let t=await Lr(e,i?.retryAfterReauth??!0);return r&&F(`success`,typeof r==`string`?r:r(t)),t}catch(e){Rr(e);return}finally{n.current&&t(!1)}},[])}}function zr(e,t){let[n,r]=M({data:void 0,loading:!0,failed:!1}),i=De(0),a=ke(async()=>{let t=++i.current;r(e=>({...e,loading:!0}));try{let n=await Lr(e);return t===i.current&&r({data:n,loading:!1,failed:!1}),n}catch(e){t===i.current&&r(e=>({...e,loading:!1,failed:!0})),Rr(e);return}},t);return P(()=>{a()},[a]),{...n,reload:a,setData:e=>r({data:e,loading:!1,failed:!1})}}var Br=Re(null);function Vr(e,t,n){Br.set({mfaToken:e,expiresAt:Date.now()+t*1e3,methods:n})}var Hr=[`/verify-email`,`/reset-password`,`/confirm-email-change`,`/confirm-sign-up`];function Ur(){let e=window.location.pathname.replace(/\/+$/,``)||`/`,t=Hr.includes(e)?e:null,n=window.location.hash.replace(/^#/,``),r=n.indexOf(`?`),i=(r>=0?n.slice(0,r):n)||`/`,a=i.startsWith(`/`)?i:`/${i}`,o=t?new URLSearchParams(window.location.search):new URLSearchParams(r>=0?n.slice(r+1):``);return{linkPage:t,path:a,segments:a.split(`/`).filter(Boolean).map(e=>{try{return decodeURIComponent(e)}catch{return e}}),query:o}}function H(e,t){let n=t?new URLSearchParams(t).toString():``,r=`#${e}${n?`?${n}`:``}`;return Hr.includes(window.location.pathname)?`/${r}`:r}function Wr(e,t){let n=H(e,t);n.startsWith(`/`)?window.location.assign(n):window.location.hash===n?window.dispatchEvent(new HashChangeEvent(`hashchange`)):window.location.hash=n}var Gr=new Set;function Kr(){for(let e of[...Gr])e()}function qr(e){window.history.pushState(null,``,`/#${e}`),Kr()}window.addEventListener(`hashchange`,Kr),window.addEventListener(`popstate`,Kr);function Jr(){let[e,t]=M(Ur);return P(()=>{let e=()=>t(Ur());return Gr.add(e),()=>{Gr.delete(e)}},[]),e}var Yr=`portcullis.providerFlow`,Xr=Re(null);function Zr(){Xr.get()!==null&&Xr.set(null)}function Qr(){let e=new Uint8Array(24);crypto.getRandomValues(e);let t=``;for(let n of e)t+=String.fromCharCode(n);return btoa(t).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function $r(e,t,n=window.location.hash){let r=Qr(),i={state:r,intent:t,provider:e.id,providerName:e.name,returnTo:n};try{sessionStorage.setItem(Yr,JSON.stringify(i))}catch{F(`error`,`This browser does not let the page keep the sign-in state (session storage is off), so signing in with a provider cannot work here.`,{code:`STORAGE_UNAVAILABLE`});return}window.location.assign(_n(e.startUrl,{redirectUri:`${window.location.origin}/`,state:r}))}function ei(){try{let e=sessionStorage.getItem(Yr);if(sessionStorage.removeItem(Yr),!e)return null;let t=JSON.parse(e);return typeof t.state!=`string`||t.intent!==`signIn`&&t.intent!==`link`&&t.intent!==`reauth`||typeof t.provider!=`string`||typeof t.providerName!=`string`||typeof t.returnTo!=`string`?null:t}catch{return null}}function ti(e){switch(e.intent){case`signIn`:return`Signing in with ${e.providerName}`;case`link`:return`Linking ${e.providerName}`;case`reauth`:return`Confirming it's you with ${e.providerName}`}}function ni(){if(window.location.pathname!==`/`)return null;let e=new URLSearchParams(window.location.search),t=e.get(`code`),n=e.get(`error`);if(t===null&&n===null)return null;let r=ei(),i=e.get(`state`),a=r&&i!==null&&i===r.state?r:null,o=a?a.returnTo:window.location.hash;return window.history.replaceState(window.history.state,``,`/${o}`),a&&t!==null&&n===null&&Xr.set({step:`working`,title:ti(a)}),{flow:a,code:t,error:n}}function ri(e){switch(e.intent){case`signIn`:return`Signing in with ${e.providerName}`;case`link`:return`Linking ${e.providerName}`;case`reauth`:return`Confirming with ${e.providerName}`}}function ii(e,t){Xr.set(null),F(`error`,e,{code:t})}async function ai(e){let{flow:t}=e;if(!t){ii(`This answer from a sign-in provider does not belong to a sign-in started in this tab, so it was ignored. Please start again.`,`PROVIDER_STATE_MISMATCH`);return}if(e.error!==null||e.code===null){Xr.set(null),e.error===`access_denied`?F(`info`,`${ri(t)} was cancelled: nothing was changed.`,{code:`PROVIDER_CANCELLED`}):e.error===`invalid_request`?F(`error`,`${ri(t)} could not be finished: it took too long, or it was started in another browser. Please try again.`,{code:`PROVIDER_INVALID_REQUEST`}):F(`error`,`${ri(t)} failed: ${t.providerName} did not confirm your account. Please try again later.`,{code:`PROVIDER_SERVER_ERROR`});return}let n=e.code;try{switch(t.intent){case`signIn`:ci(await B.finishProviderSignIn(n),t.providerName,t.returnTo);return;case`link`:await ui(n,t);return;case`reauth`:await di(n,t);return}}catch(e){ii(oi(e,t),Ve(e)??`ERROR`)}}function oi(e,t){switch(Ve(e)){case`INVALID_TOKEN`:return`${ri(t)} took too long or was already finished. Please try again.`;case`FORBIDDEN`:return t.intent===`signIn`?`This account is disabled. Contact an administrator.`:Ge(e);case`CONFLICT`:return`This ${t.providerName} account is already linked to an account here, or yours already has a ${t.providerName} account linked.`;case`INVALID_CREDENTIALS`:return`That ${t.providerName} account is not the one linked to your account.`;default:return Ge(e)}}async function si(e){try{return(await cr()).find(t=>t.id===e)?.name??e}catch{return e}}function ci(e,t,n){switch(e.kind){case`signedIn`:Xr.set(null),F(`success`,`Signed in as ${e.user.username} with ${t}.`,{sticky:!0});return;case`secondFactor`:Vr(e.mfaToken,e.expiresIn,e.methods),Xr.set(null),Ye();return;case`linkRequired`:Xr.set({step:`link`,linkToken:e.linkToken,provider:e.provider,providerName:t,email:e.email,returnTo:n});return;case`emailRequired`:Xr.set({step:`email`,signUpToken:e.signUpToken,provider:e.provider,providerName:t,email:e.email});return}}function li(e){let t=e.replace(/^#/,``).split(`?`)[0]||`/`;return t===`/signin`||t===`/signup`||t===`/forgot-password`||t===`/`?`/quotes`:t}async function ui(e,t){yr.get().status===`signedIn`?(await Lr(()=>B.linkProvider(e)),Xr.set(null),F(`success`,`${t.providerName} is linked to your account: you can sign in with it now.`,{sticky:!0}),Wr(li(t.returnTo))):ii(`You were signed out before ${t.providerName} could be linked. Sign in, then link it again from your account.`,`UNAUTHENTICATED`)}async function di(e,t){let n=yr.get().user;yr.get().status!==`signedIn`||!n?ii(`You were signed out meanwhile. Please sign in again.`,`UNAUTHENTICATED`):n.totpEnabled?Xr.set({step:`reauthCode`,providerCode:e,providerName:t.providerName,returnTo:t.returnTo}):(await B.reauthenticateWithProvider(e),fi(t.providerName,t.returnTo))}function fi(e,t){Xr.set(null),F(`info`,`Identity confirmed with ${e}. Now do it again: it will go through this time.`,{code:`REAUTHENTICATED`,sticky:!0}),Wr(li(t))}var pi=0;Array.isArray;function U(e,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:e,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--pi,__i:-1,__u:0,__source:a,__self:o};if(typeof e==`function`&&(s=e.defaultProps))for(c in s)l[c]===void 0&&(l[c]=s[c]);return t.vnode&&t.vnode(u),u}function W(e){let t=Ae(),n=`${t}-hint`,r=De(null);P(()=>{e.autoFocus&&r.current?.focus()},[e.autoFocus]);let i={id:t,ref:r,value:e.value,onInput:t=>e.onInput(t.currentTarget.value),required:e.required,disabled:e.disabled,maxLength:e.maxLength,"aria-describedby":e.hint?n:void 0,"data-testid":e.testid};return U(`div`,{class:`field`,children:[U(`label`,{for:t,children:e.label}),e.multiline?U(`textarea`,{...i,rows:3}):U(`input`,{...i,type:e.type??`text`,autoComplete:e.autoComplete,inputMode:e.inputMode,minLength:e.minLength,pattern:e.pattern,spellcheck:e.type===`email`||e.type===`password`?!1:void 0,autoCapitalize:e.type===`email`||e.type===`password`?`none`:void 0}),e.hint&&U(`p`,{class:`hint`,id:n,children:e.hint})]})}function mi(e){return U(W,{label:e.label,value:e.value,onInput:e.onInput,autoComplete:`one-time-code`,required:!0,maxLength:64,hint:e.hint??`The 6-digit code from your authenticator app, or a recovery code.`,autoFocus:e.autoFocus})}function G(e){let t=De(null);return P(()=>{document.title=`${e.title} · Portcullis`;let n=document.activeElement;n&&n!==document.body&&t.current?.parentElement?.contains(n)||t.current?.focus({preventScroll:!1})},[e.title]),U(`section`,{class:e.narrow?`page narrow`:`page`,"aria-labelledby":`page-title`,children:[U(`h1`,{id:`page-title`,tabIndex:-1,ref:t,children:e.title}),e.intro&&U(`div`,{class:`intro`,children:e.intro}),e.children]})}function hi(e){let t=Ae();return U(`section`,{class:`card`,"aria-labelledby":t,"data-testid":e.testid,children:[U(`h2`,{id:t,children:e.title}),e.children]})}function K(e){return U(`button`,{type:`submit`,class:`btn ${e.variant??`primary`}`,disabled:e.busy||e.disabled,"aria-busy":e.busy?`true`:void 0,children:e.children})}function q(e){return U(`button`,{type:`button`,class:`btn ${e.variant??`secondary`}`,onClick:e.onClick,disabled:e.busy||e.disabled,"aria-busy":e.busy?`true`:void 0,"aria-label":e.label,"data-testid":e.testid,children:e.children})}function J(e){return U(`form`,{class:`form`,"aria-label":e.label,role:e.role,"data-testid":e.testid,onSubmit:t=>{t.preventDefault(),e.onSubmit()},children:e.children})}function gi(e){return U(`nav`,{class:`pager`,"aria-label":e.label,children:[U(`button`,{type:`button`,class:`btn secondary`,onClick:e.onPrevious,disabled:!e.hasPrevious||e.busy,children:`← Previous page`}),e.status&&U(`span`,{class:`pager-status`,"data-testid":`pager-status`,children:e.status}),U(`button`,{type:`button`,class:`btn secondary`,onClick:e.onNext,disabled:!e.hasNext||e.busy,children:`Next page →`})]})}var _i=new Intl.DateTimeFormat(void 0,{year:`numeric`,month:`short`,day:`numeric`,hour:`2-digit`,minute:`2-digit`});function vi(e){if(!e)return`—`;let t=new Date(e);return Number.isNaN(t.getTime())?e:_i.format(t)}function yi(e){return U(`time`,{dateTime:e.at,children:vi(e.at)})}function bi(e){return U(`p`,{class:`muted`,role:`status`,children:[`Loading`,e.what?` ${e.what}`:``,`…`]})}function xi(e){if(!e)return`Unknown device`;let t=/Edg\//.test(e)?`Edge`:/OPR\//.test(e)?`Opera`:/Firefox\//.test(e)?`Firefox`:/Chrom(e|ium)\//.test(e)?/HeadlessChrome/.test(e)?`Headless Chrome`:`Chrome`:/Safari\//.test(e)?`Safari`:/curl\//.test(e)?`curl`:null,n=/Android/.test(e)?`Android`:/iPhone|iPad|iPod/.test(e)?`iOS`:/Windows/.test(e)?`Windows`:/Mac OS X|Macintosh/.test(e)?`macOS`:/Linux/.test(e)?`Linux`:null;return t&&n?`${t} on ${n}`:t??n??(e.length>60?`${e.slice(0,57)}…`:e)}function Si(e){return U(hi,{title:`Your recovery codes`,testid:`recovery-codes-panel`,children:[U(`p`,{children:[`Each code signs you in once if you lose your authenticator. `,U(`strong`,{children:`Save them now`}),` (print them or keep them in a password manager): they are not shown again.`]}),U(`ol`,{class:`codes`,"data-testid":`recovery-codes`,children:e.codes.map(e=>U(`li`,{children:U(`code`,{"data-testid":`recovery-code`,children:e})},e))}),U(`div`,{class:`actions`,children:[U(q,{onClick:()=>{navigator.clipboard?.writeText(e.codes.join(`
`)).catch(()=>void 0)},children:`Copy codes`}),U(q,{variant:`primary`,onClick:e.onDone,children:`I have saved my recovery codes`})]})]})}function Ci(e){let[t,n]=M(null),[r,i]=M(``),[a,o]=M(null),s=V(),c=V(),l=()=>s.run(async()=>{n(await qn()),i(``)});return a?U(G,{title:`Two-factor authentication`,children:U(Si,{codes:a,onDone:()=>o(null)})}):U(G,{title:`Two-factor authentication`,children:[U(`p`,{"data-testid":`totp-status`,class:`status-line`,children:[`Two-factor authentication is`,` `,e.user.totpEnabled?U(`span`,{class:`badge ok`,children:`On`}):U(`span`,{class:`badge`,children:`Off`})]}),e.user.totpEnabled?U(hi,{title:`Manage`,children:[U(`p`,{children:`Signing in asks for a code from your authenticator app (or a recovery code) after your password or sign-in provider.`}),U(`ul`,{class:`link-list`,children:[U(`li`,{children:U(`a`,{href:H(`/security/recovery-codes`),children:`Generate new recovery codes`})}),U(`li`,{children:U(`a`,{href:H(`/security/disable`),class:`danger-link`,children:`Turn off two-factor authentication`})})]})]}):t?U(hi,{title:`Set up your authenticator app`,testid:`totp-enrollment`,children:U(`ol`,{class:`steps`,children:[U(`li`,{children:[U(`p`,{children:`Scan this QR code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator or 1Password).`}),U(`img`,{class:`qr`,src:t.qrCodeDataUrl,alt:`QR code for your authenticator app`,width:200,height:200,"data-testid":`totp-qr`})]}),U(`li`,{children:[U(`p`,{children:`Or type this secret into the app:`}),U(`p`,{children:U(`code`,{class:`secret`,"data-testid":`totp-secret`,children:t.secret})})]}),U(`li`,{children:[U(`p`,{children:`Enter the 6-digit code the app shows now.`}),U(J,{onSubmit:()=>c.run(async()=>{let e=await Jn(r.trim());n(null),i(``),o(e),await Or().catch(()=>null)},`Two-factor authentication is on.`),label:`Confirm two-factor authentication`,children:[U(W,{label:`Code from your authenticator app`,value:r,onInput:i,autoComplete:`one-time-code`,inputMode:`numeric`,required:!0,maxLength:10,autoFocus:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:c.busy,children:`Turn on two-factor authentication`}),U(q,{onClick:()=>n(null),children:`Cancel`})]})]})]})]})}):U(hi,{title:`Protect your account`,children:[U(`p`,{children:`With two-factor authentication, signing in also needs a code from an app on your phone.`}),U(`div`,{class:`actions`,children:U(q,{variant:`primary`,busy:s.busy,onClick:()=>void l(),children:`Set up two-factor authentication`})})]})]})}function wi(){let[e,t]=M(``),[n,r]=M(null),i=V();return U(G,{title:`New recovery codes`,narrow:!0,children:n?U(Si,{codes:n,onDone:()=>Wr(`/security`)}):U(S,{children:[U(`p`,{children:`New codes replace all your current recovery codes.`}),U(J,{onSubmit:()=>i.run(async()=>{r(await Yn(e.trim())),t(``)},`New recovery codes generated; the old ones no longer work.`,{retryAfterReauth:!1}),label:`Generate new recovery codes`,children:[U(mi,{label:`Authentication code`,value:e,onInput:t,hint:`The 6-digit code from your authenticator app.`,autoFocus:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:i.busy,children:`Generate new recovery codes`}),U(`a`,{class:`btn secondary`,href:H(`/security`),children:`Cancel`})]})]})]})})}function Ti(e){let[t,n]=M(``),[r,i]=M(``),a=V(),o=!e.user.hasPassword;return U(G,{title:`Turn off two-factor authentication`,narrow:!0,children:[U(`p`,{children:o?`Signing in will ask for your sign-in provider only. Your account has no password: you may be asked to confirm it's you with your sign-in provider.`:`Signing in will ask for your password only.`}),U(J,{onSubmit:()=>a.run(async()=>{await nr(o?null:t,r.trim()),await Or().catch(()=>null),Wr(`/security`)},`Two-factor authentication is off.`),label:`Turn off two-factor authentication`,children:[!o&&U(W,{label:`Password`,type:`password`,value:t,onInput:n,autoComplete:`current-password`,required:!0,autoFocus:!0}),U(mi,{label:`Authentication code`,value:r,onInput:i,autoFocus:o}),U(`div`,{class:`actions`,children:[U(K,{busy:a.busy,variant:`danger`,children:`Turn off two-factor authentication`}),U(`a`,{class:`btn secondary`,href:H(`/security`),children:`Cancel`})]})]})]})}async function Ei(e){try{return await e()}catch(e){if(e instanceof DOMException){let t=e.name===`InvalidStateError`?`This device already holds a passkey for your account.`:e.name===`AbortError`?`The passkey request was stopped.`:`No passkey was used: the request was cancelled or timed out.`;throw Object.assign(Error(t),{code:e.name===`AbortError`?`ABORTED`:`PASSKEY_CANCELLED`})}throw e}}function Di(){return typeof window<`u`&&typeof window.PublicKeyCredential==`function`&&!!navigator.credentials}var Oi,ki=null;function Ai(){return ki??=Zn().then(e=>Oi=e,e=>{throw ki=null,e}),ki}function ji(){let[e,t]=M(()=>Di()&&Oi===!0);return P(()=>{if(!Di()||Oi!==void 0)return;let e=!0;return Ai().then(n=>{e&&t(n)},()=>void 0),()=>{e=!1}},[]),e}function Mi(e,t){let n=De(null),[r,i]=M(0),a=De(t);return a.current=t,P(()=>{if(!e)return;let t=!0,r=new AbortController;return n.current=r,(window.PublicKeyCredential.isConditionalMediationAvailable?.()??Promise.resolve(!1)).then(async e=>{e&&t&&(await Ei(()=>B.signInWithPasskey({conditional:!0,signal:r.signal}))).kind===`signedIn`&&a.current()}).catch(e=>{t&&!r.signal.aborted&&Ve(e)!==`ABORTED`&&(F(`error`,Ge(e),{code:Ve(e)??`ERROR`}),(Ve(e)===`INVALID_TOKEN`||Ve(e)===`PASSKEY_CANCELLED`)&&i(e=>e+1))}),()=>{t=!1,r.abort(),n.current===r&&(n.current=null)}},[e,r]),{stop:()=>n.current?.abort(),restart:()=>i(e=>e+1)}}function Ni(e){let t=V();return U(`div`,{class:`actions passkey-sign-in`,children:U(q,{testid:`passkey-sign-in`,busy:t.busy||e.busy,onClick:()=>{e.onStart(),t.run(async()=>{let e=await Ei(()=>B.signInWithPasskey());if(e.kind!==`signedIn`)throw Error(`This passkey did not sign you in.`);return e}).then(t=>t?e.onDone():e.onFailed())},children:`Sign in with a passkey`})})}function Pi(e){let t=V();return U(q,{variant:e.primary?`primary`:`secondary`,testid:`passkey-second-factor`,busy:t.busy,onClick:()=>void t.run(async()=>{try{return await Ei(()=>B.completeSecondFactorWithPasskey(e.mfaToken))}catch(t){throw Ve(t)===`INVALID_TOKEN`&&e.onExpired(),Ve(t)===`INVALID_MFA_CODE`?Object.assign(Error(`That passkey was not accepted. Try again with a passkey of this account.`),{code:`INVALID_MFA_CODE`}):t}}).then(t=>t&&e.onDone()),children:`Use your passkey`})}function Fi(){let e=navigator.userAgent;return/iPhone|iPad/.test(e)?`iPhone or iPad`:/Android/.test(e)?`Android phone`:/Mac OS X/.test(e)?`Mac`:/Windows/.test(e)?`Windows PC`:/Linux/.test(e)?`Linux computer`:`Passkey`}function Ii(e){let t=e.passkey,[n,r]=M(!1),[i,a]=M(t.name);return U(`li`,{class:`row`,"data-testid":`passkey-row`,"data-name":t.name,children:[U(`div`,{class:`row-main`,children:[n?U(J,{label:`Rename ${t.name}`,onSubmit:()=>void e.onRename(i.trim()).then(e=>{e&&r(!1)}),children:[U(W,{label:`Passkey name`,value:i,onInput:a,required:!0,maxLength:64,autoFocus:!0,testid:`passkey-name-edit`}),U(`div`,{class:`actions`,children:[U(K,{busy:e.busy,children:`Save`}),U(q,{onClick:()=>r(!1),children:`Cancel`})]})]}):U(`p`,{class:`row-title`,"data-testid":`passkey-name`,children:t.name}),U(`p`,{class:`muted small`,children:[U(`span`,{children:[`Added `,vi(t.createdAt)]}),` ·`,` `,U(`span`,{"data-testid":`passkey-last-used`,children:t.lastUsedAt?`Last used ${vi(t.lastUsedAt)}`:`Not used yet`}),` ·`,` `,U(`span`,{"data-testid":`passkey-kind`,children:t.backupEligible?t.backedUp?`Synced across devices`:`Can sync across devices`:`This device only`})]})]}),!n&&U(`div`,{class:`row-actions`,children:[U(q,{label:`Rename ${t.name}`,onClick:()=>{a(t.name),r(!0)},children:`Rename`}),U(q,{variant:`danger-quiet`,busy:e.busy,label:`Delete ${t.name}`,onClick:e.onDelete,children:`Delete`})]})]})}function Li(e){let t=zr(Qn,[e.user.id]),[n,r]=M(Fi),[i,a]=M(null),o=V(),s=V(),c=V();if(t.data&&!t.data.enabled)return null;let l=t.data?.passkeys??[],u=()=>void o.run(async()=>{let e=await Ei(()=>$n(n.trim()));return await Promise.all([t.reload(),Or().catch(()=>null)]),r(Fi()),e},e=>`Passkey "${e.name}" added: you can sign in with it.`),d=async(e,n)=>{let r=await s.run(()=>er(e.id,n),`Passkey renamed.`);return r&&await t.reload(),r!==void 0},f=e=>{window.confirm(`Delete the passkey "${e.name}"? You can no longer sign in with it.`)&&s.run(()=>tr(e.id),`Passkey "${e.name}" deleted.`).then(()=>Promise.all([t.reload(),Or().catch(()=>null)]))};return i?U(Si,{codes:i,onDone:()=>a(null)}):U(hi,{title:`Passkeys`,testid:`passkeys`,children:[U(`p`,{children:`A passkey signs you in with your device's screen lock or a security key, without a password, and cannot be phished. With a passkey, signing in with your password also asks for it (or another second factor).`}),t.loading&&!t.data?U(bi,{what:`your passkeys`}):l.length===0?U(`p`,{"data-testid":`passkey-empty`,children:`You have no passkey yet.`}):U(`ul`,{class:`rows`,"data-testid":`passkey-list`,children:l.map(e=>U(Ii,{passkey:e,busy:s.busy,onRename:t=>d(e,t),onDelete:()=>f(e)},e.id))}),Di()?U(J,{onSubmit:u,label:`Add a passkey`,testid:`add-passkey`,children:[U(W,{label:`Name for the new passkey`,value:n,onInput:r,required:!0,maxLength:64,testid:`new-passkey-name`}),U(`div`,{class:`actions`,children:U(K,{busy:o.busy,children:`Add a passkey`})})]}):U(`p`,{class:`muted`,children:`This browser cannot create passkeys.`}),l.length>0&&!e.user.totpEnabled&&U(S,{children:[U(`p`,{class:`muted small`,children:`Recovery codes sign you in once each if you lose your passkeys. New codes replace any you have.`}),U(`div`,{class:`actions`,children:U(q,{testid:`create-recovery-codes`,busy:c.busy,onClick:()=>void c.run(async()=>a(await Xn())),children:`Create recovery codes`})})]})]})}function Ri(e){let[t,n]=M({providers:null,error:null});return P(()=>{if(!e)return;let t=!0;return n({providers:null,error:null}),Promise.all([cr(),lr()]).then(([e,r])=>{t&&n({providers:e.filter(e=>r.some(t=>t.provider===e.id)),error:null})},e=>{t&&n({providers:[],error:Ge(e)})}),()=>{t=!1}},[e]),t}function zi(){let e=ze(Nr),t=ze(yr),n=De(null),[r,i]=M(``),[a,o]=M(``),[s,c]=M(null),[l,u]=M(!1),d=t.user?!t.user.hasPassword:!1,f=Ri(e!==null&&d),p=ji()&&(t.user?.passkeyCount??0)>0,m=t.user?.totpEnabled??!1,h=m||p;P(()=>{let t=n.current;t&&(e&&!t.open?(i(``),o(``),c(null),t.showModal()):!e&&t.open&&t.close())},[e]),P(()=>{t.status!==`signedIn`&&e&&e.resolve(!1)},[t.status,e]);let g=async()=>{if(e){u(!0),c(null);try{await B.reauthenticate(r,h?a.trim():void 0),i(``),o(``),e.resolve(!0)}catch(e){c({text:Ge(e),code:Ve(e)??`ERROR`})}finally{u(!1)}}},_=async()=>{if(e){u(!0),c(null);try{await Ei(()=>B.reauthenticateWithPasskey()),i(``),o(``),e.resolve(!0)}catch(e){c({text:Ge(e),code:Ve(e)??`ERROR`})}finally{u(!1)}}},v=p&&U(q,{variant:`primary`,testid:`reauth-passkey`,busy:l,onClick:()=>void _(),children:`Confirm with your passkey`});return U(`dialog`,{ref:n,class:`dialog`,"aria-labelledby":`reauth-title`,"data-testid":`reauth-dialog`,onCancel:t=>{t.preventDefault(),e?.resolve(!1)},children:[e&&d&&U(J,{onSubmit:()=>void 0,label:`Confirm it's you`,children:[U(`h2`,{id:`reauth-title`,children:`Confirm it's you`}),U(`p`,{children:p?`This change needs a recent proof of your identity. Your account has no password: confirm with your passkey (or with a sign-in provider: you come back here afterwards; then do the change again).`:`This change needs a recent proof of your identity. Your account has no password: confirm with your sign-in provider. You come back here afterwards; then do the change again.`}),f.providers===null?U(bi,{what:`your sign-in providers`}):f.providers.length===0&&!p?U(`p`,{class:`error`,role:`alert`,"data-testid":`reauth-error`,"data-code":f.error?`ERROR`:`NO_PROVIDER`,children:f.error??`No sign-in provider is linked to your account. Sign out and sign in again, then retry.`}):null,s&&U(`p`,{class:`error`,role:`alert`,"data-testid":`reauth-error`,"data-code":s.code,children:s.text}),U(`div`,{class:`actions`,children:[v,(f.providers??[]).map(e=>U(q,{variant:`primary`,testid:`reauth-provider-${e.id}`,onClick:()=>$r(e,`reauth`),children:`Confirm with ${e.name}`},e.id)),U(`button`,{type:`button`,class:`btn secondary`,onClick:()=>e.resolve(!1),children:`Cancel`})]})]}),e&&!d&&U(J,{onSubmit:()=>void g(),label:`Confirm it's you`,children:[U(`h2`,{id:`reauth-title`,children:`Confirm it's you`}),U(`p`,{children:[`This change needs a recent proof of your identity.`,` `,p?`Confirm with your passkey, or enter`:`Enter`,` your password`,h?m?` and a code from your authenticator app`:` and one of your recovery codes`:``,` to continue.`]}),v&&U(`div`,{class:`actions`,children:v}),U(W,{label:`Your password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0,autoFocus:!p}),h&&U(mi,{label:m?`Your authentication code`:`A recovery code`,value:a,onInput:o,hint:m?void 0:`One of the recovery codes you saved.`}),s&&U(`p`,{class:`error`,role:`alert`,"data-testid":`reauth-error`,"data-code":s.code,children:s.text}),U(`div`,{class:`actions`,children:[U(K,{busy:l,children:`Confirm`}),U(`button`,{type:`button`,class:`btn secondary`,onClick:()=>e.resolve(!1),children:`Cancel`})]})]})]})}function Bi(){let[e,t]=M([]);return P(()=>{let e=!0;return cr().then(n=>{e&&t(n)},()=>void 0),()=>{e=!1}},[]),e}function Vi(){let e=Bi();return e.length===0?null:U(`div`,{class:`providers`,role:`group`,"aria-label":`Sign in with a provider`,"data-testid":`provider-buttons`,children:[U(`p`,{class:`or muted small`,children:`or`}),e.map(e=>U(q,{testid:`provider-${e.id}`,onClick:()=>$r(e,`signIn`),children:`Sign in with ${e.name}`},e.id)),U(`p`,{class:`hint`,children:`No account yet? Signing in with a provider makes one for you.`})]})}function Hi(e){if(Zr(),window.location.pathname!==`/`){qr(`/quotes`);return}let t=e.replace(/^#/,``).split(`?`)[0]||`/`;[`/`,`/signin`,`/signup`,`/forgot-password`].includes(t)&&window.location.replace(H(`/quotes`))}function Ui(e){let t=e.step,n=ze(yr),[r,i]=M(``),[a,o]=M(``),[s,c]=M(!1),l=V(),u=n.status===`signedIn`&&n.user?.email.toLowerCase()===t.email.toLowerCase(),d=e=>{F(`success`,`${t.providerName} is linked to your account ${e}: you can sign in with it from now on.`,{sticky:!0}),Hi(t.returnTo)},f=()=>l.run(async()=>{try{let e=await B.confirmProviderLink(t.linkToken,r,s?a.trim():null);i(``),o(``),d(e.username)}catch(e){throw Ve(e)===`BAD_USER_INPUT`&&e.field===`code`&&!s?(c(!0),Object.assign(Error(`This account has two-factor authentication on: enter a code from your authenticator app too.`),{code:`CODE_REQUIRED`})):e}}),p=()=>l.run(async()=>{let e=await B.confirmProviderLink(t.linkToken,null);d(e.username)});return U(G,{title:`Link ${t.providerName} to your account`,narrow:!0,children:[U(`div`,{"data-testid":`provider-link-required`,children:[U(`p`,{children:[`There is already an account with the address `,U(`strong`,{"data-testid":`link-email`,children:t.email}),`. `,t.providerName,` says this address is yours, but to keep that account safe we link `,t.providerName,` to it only once you prove the account is yours.`]}),U(`p`,{children:[`Enter the account's password`,s?` and a code from your authenticator app`:``,`. From then on, you can sign in with `,t.providerName,` too.`]})]}),u&&U(`div`,{class:`actions`,children:U(q,{variant:`primary`,busy:l.busy,onClick:()=>void p(),children:`Link to my account (${n.user?.username??``})`})}),U(J,{onSubmit:f,label:`Link ${t.providerName}`,children:[U(W,{label:`Password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0,autoFocus:!0}),s&&U(mi,{label:`Authentication code`,value:a,onInput:o,autoFocus:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:l.busy,children:`Link ${t.providerName} and sign in`}),U(`a`,{class:`btn secondary`,href:H(`/signin`),onClick:Zr,children:`Cancel`})]})]}),U(`p`,{class:`hint`,children:[`Made that account with another sign-in provider, so it has no password? Sign in with that provider, then link `,t.providerName,` on your Account page. Forgot the password? `,U(`a`,{href:H(`/forgot-password`),onClick:Zr,children:`Reset it`}),`.`]})]})}function Wi(e){let t=e.step,[n,r]=M(t.email??``),[i,a]=M(null),o=V();return U(G,{title:`Sign up with ${t.providerName}`,narrow:!0,children:i?U(`div`,{class:`done`,"data-testid":`provider-sign-up-requested`,children:[U(`p`,{class:`ok`,children:[`Check your mail: we sent a link to `,U(`strong`,{children:i}),`. Open it to finish signing up (it works for 24 hours).`]}),U(`p`,{children:U(`a`,{href:H(`/signin`),onClick:Zr,children:`Back to sign in`})})]}):U(S,{children:[U(`p`,{children:[t.providerName,` did not give us a verified email address. Enter yours: we send a link to it, and your account is made when you open that link.`]}),U(J,{onSubmit:()=>o.run(async()=>{let e=n.trim();await B.requestProviderSignUp(t.signUpToken,e),a(e)}),label:`Your email address`,children:[U(W,{label:`Email`,type:`email`,value:n,onInput:r,autoComplete:`email`,inputMode:`email`,required:!0,autoFocus:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:o.busy,children:`Send the link`}),U(`a`,{class:`btn secondary`,href:H(`/signin`),onClick:Zr,children:`Cancel`})]})]})]})})}function Gi(e){let t=e.step,[n,r]=M(``),i=V();return U(G,{title:`Confirm it's you`,narrow:!0,children:[U(`p`,{children:[t.providerName,` confirmed your account. Two-factor authentication is on: enter a code from your authenticator app to finish.`]}),U(J,{onSubmit:()=>i.run(async()=>{try{await B.reauthenticateWithProvider(t.providerCode,n.trim())}catch(e){let n=Ve(e);if(n===`INVALID_TOKEN`||n===`INVALID_MFA_CODE`){Zr(),F(`error`,`${n===`INVALID_MFA_CODE`?`That code is wrong or was already used.`:`This confirmation took too long.`} Nothing was changed: do it again and confirm with ${t.providerName} once more.`,{code:n});return}throw e}fi(t.providerName,t.returnTo)}),label:`Finish confirming it's you`,children:[U(mi,{label:`Authentication code`,value:n,onInput:r,autoFocus:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:i.busy,children:`Confirm`}),U(q,{onClick:Zr,children:`Cancel`})]})]})]})}function Ki(e){let t=e.step;switch(t.step){case`working`:return U(G,{title:t.title,narrow:!0,children:U(bi,{what:``})});case`link`:return U(Ui,{step:t});case`email`:return U(Wi,{step:t});case`reauthCode`:return U(Gi,{step:t})}}function qi(){return ze(Xr)}function Ji(e){let t=e.identity,n=[t.email,t.login&&t.login!==t.email?t.login:null].filter(Boolean).join(` · `);return U(`li`,{class:`row`,"data-testid":`identity-row`,"data-provider":t.provider,children:[U(`div`,{class:`row-main`,children:[U(`p`,{class:`row-title`,children:[U(`span`,{"data-testid":`identity-provider`,children:t.providerName}),` · `,U(`span`,{"data-testid":`identity-account`,children:n||`—`})]}),U(`p`,{class:`muted small`,children:[U(`span`,{"data-testid":`identity-linked`,children:[`Linked `,vi(t.linkedAt)]}),` ·`,` `,U(`span`,{"data-testid":`identity-last-used`,children:t.lastUsedAt?`Last used ${vi(t.lastUsedAt)}`:`Not used yet`})]})]}),U(q,{variant:`danger-quiet`,busy:e.busy,label:`Unlink ${t.providerName}`,onClick:()=>e.onUnlink(t),children:`Unlink`})]})}function Yi(e){let t=Bi(),n=zr(lr,[e.user.id]),r=V(),i=n.data??[],a=t.filter(e=>!i.some(t=>t.provider===e.id));if(t.length===0&&i.length===0)return null;let o=e=>void r.run(async()=>{try{n.setData(await ur(e.provider))}catch(t){if(Ve(t)===`FORBIDDEN`){let n=t instanceof Error?t.message:``,r=n&&!/not allowed/i.test(n);throw Object.assign(Error(r?n:`${e.providerName} is the only way to sign in to your account: set a password or link another provider first.`),{code:`FORBIDDEN`})}throw t}},`${e.providerName} is unlinked: you can no longer sign in with it.`);return U(hi,{title:`Sign-in providers`,testid:`provider-identities`,children:[n.loading&&!n.data?U(bi,{what:`your sign-in providers`}):i.length===0?U(`p`,{"data-testid":`identity-empty`,children:`No sign-in provider is linked to your account.`}):U(`ul`,{class:`rows`,"data-testid":`identity-list`,children:i.map(e=>U(Ji,{identity:e,onUnlink:o,busy:r.busy},e.provider))}),a.length>0&&U(S,{children:[U(`p`,{class:`muted small`,children:`Link a provider to sign in with it too.`}),U(`div`,{class:`actions`,children:a.map(e=>U(q,{testid:`link-provider-${e.id}`,onClick:()=>$r(e,`link`,`#/account`),children:`Link ${e.name}`},e.id))})]})]})}function Xi(){let[e,t]=M(``),[n,r]=M(``),i=ze(Br),a=()=>Br.set(null);P(()=>()=>Br.set(null),[]);let[o,s]=M(``),c=V(),l=()=>Ye(),u=ji(),d=Mi(u&&!i,l),f=()=>c.run(async()=>{let t=await B.signIn(e.trim(),n).catch(e=>{throw Ve(e)===`FORBIDDEN`?Object.assign(Error(`This account is disabled. Contact an administrator.`),{code:`FORBIDDEN`}):e});t.kind===`secondFactor`?(r(``),Vr(t.mfaToken,t.expiresIn,t.methods),Ye()):l()}),p=()=>c.run(async()=>{if(i){if(Date.now()>i.expiresAt)a(),s(``),F(`error`,`The sign-in attempt expired. Please enter your password again.`,{code:`INVALID_TOKEN`});else{try{await B.completeSecondFactor(i.mfaToken,o.trim())}catch(e){throw e.code===`INVALID_TOKEN`&&(a(),s(``)),e}a(),s(``),l()}}});if(i){let e=i.methods.includes(`PASSKEY`),t=i.methods.includes(`TOTP`),n=t||i.methods.includes(`RECOVERY_CODE`),r=()=>{a(),s(``)};return U(G,{title:`Two-factor authentication`,narrow:!0,children:[e&&U(`div`,{"data-testid":`second-factor-passkey`,children:[U(`p`,{children:`Confirm it's you with your passkey (your device's screen lock or your security key).`}),U(`div`,{class:`actions`,children:U(Pi,{mfaToken:i.mfaToken,primary:!0,onDone:r,onExpired:r})})]}),n&&U(S,{children:[U(`p`,{children:t?`${e?`Or enter`:`Enter`} the 6-digit code from your authenticator app. Lost your phone? Enter one of your recovery codes instead.`:`Lost your passkey? Enter one of your recovery codes.`}),U(J,{onSubmit:p,label:`Second factor`,children:[U(mi,{label:t?`Authentication code`:`Recovery code`,value:o,onInput:s,autoFocus:!e,hint:t?void 0:`One of the recovery codes you saved.`}),U(`div`,{class:`actions`,children:U(K,{busy:c.busy,children:`Verify`})})]})]}),U(`div`,{class:`actions`,children:U(`button`,{type:`button`,class:`btn link`,onClick:r,children:`Start over`})})]})}return U(G,{title:`Sign in`,narrow:!0,children:[U(J,{onSubmit:f,label:`Sign in`,children:[U(W,{label:`Username or email`,value:e,onInput:t,autoComplete:u?`username webauthn`:`username`,required:!0,autoFocus:!0}),U(W,{label:`Password`,type:`password`,value:n,onInput:r,autoComplete:`current-password`,required:!0}),U(`div`,{class:`actions`,children:U(K,{busy:c.busy,children:`Sign in`})})]}),u&&U(Ni,{busy:c.busy,onStart:d.stop,onDone:l,onFailed:d.restart}),U(Vi,{}),U(`p`,{class:`links`,children:[U(`a`,{href:H(`/forgot-password`),children:`Forgot your password?`}),U(`a`,{href:H(`/signup`),children:`Create an account`})]})]})}function Zi(){let[e,t]=M(``),[n,r]=M(``),[i,a]=M(``),o=V();return U(G,{title:`Create an account`,narrow:!0,children:[U(J,{onSubmit:()=>o.run(async()=>{let t=await B.register({email:e.trim(),username:n.trim(),password:i});F(`success`,`Welcome, ${t.username}! We sent a link to ${t.email} to verify your address.`),Wr(`/quotes`)}),label:`Create an account`,children:[U(W,{label:`Email`,type:`email`,value:e,onInput:t,autoComplete:`email`,required:!0,inputMode:`email`,autoFocus:!0}),U(W,{label:`Username`,value:n,onInput:r,autoComplete:`username`,required:!0,minLength:3,maxLength:32,hint:`3 to 32 letters, digits, '_', '.' or '-'.`}),U(W,{label:`Password`,type:`password`,value:i,onInput:a,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`}),U(`div`,{class:`actions`,children:U(K,{busy:o.busy,children:`Create account`})})]}),U(`p`,{class:`links`,children:U(`a`,{href:H(`/signin`),children:`Already have an account? Sign in`})})]})}function Qi(){let[e,t]=M(``),[n,r]=M(!1),i=V();return U(G,{title:`Forgot your password?`,narrow:!0,children:[U(`p`,{children:`Enter your account's email address and we will send you a link to choose a new password.`}),U(J,{onSubmit:()=>i.run(async()=>{await Vn(e.trim()),r(!0)},`If an account uses that address, we sent it a link to choose a new password.`),label:`Request a password reset`,children:[U(W,{label:`Email`,type:`email`,value:e,onInput:t,autoComplete:`email`,required:!0,inputMode:`email`,autoFocus:!0}),U(`div`,{class:`actions`,children:U(K,{busy:i.busy,children:`Send reset link`})})]}),n&&U(`p`,{class:`ok`,"data-testid":`reset-requested`,children:`Check your inbox. The link works once and expires after a while.`}),U(`p`,{class:`links`,children:U(`a`,{href:H(`/signin`),children:`Back to sign in`})})]})}function $i(e){let t=yr.get().status===`signedIn`;return U(`div`,{class:`done`,"data-testid":e.testid,children:[U(`p`,{class:`ok`,children:e.children}),U(`p`,{children:U(`a`,{class:`btn primary`,href:t?`/#/account`:`/#/signin`,children:t?`Go to your account`:`Go to sign in`})})]})}function ea(){return U(S,{children:[U(`p`,{class:`error`,"data-testid":`missing-token`,children:`This link is incomplete: it has no token. Open the link from the email again, or copy the whole address.`}),U(`p`,{children:U(`a`,{href:`/#/signin`,children:`Go to sign in`})})]})}function ta(e){let[t,n]=M(!1),r=V();return U(G,{title:`Verify your email`,narrow:!0,children:t?U($i,{testid:`email-verified`,children:`Thank you: your email address is verified.`}):U(J,{onSubmit:()=>r.run(async()=>{await Bn(e.token),n(!0),yr.get().status===`signedIn`&&await Or().catch(()=>null)},`Your email address is verified.`),label:`Verify your email`,children:[U(`p`,{children:`Press the button to confirm that this email address is yours.`}),U(`div`,{class:`actions`,children:U(K,{busy:r.busy,children:`Verify email`})})]})})}function na(e){let[t,n]=M(``),[r,i]=M(``),[a,o]=M(!1),[s,c]=M(!1),l=V();return U(G,{title:`Choose a new password`,narrow:!0,children:s?U($i,{testid:`password-reset`,children:`Your password was changed. Sign in with your new password.`}):U(J,{onSubmit:()=>{t===r?(o(!1),l.run(async()=>{await Hn(e.token,t),c(!0)},`Your password was changed. Every session was signed out: sign in with the new password.`)):o(!0)},label:`Choose a new password`,children:[U(W,{label:`New password`,type:`password`,value:t,onInput:n,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`,autoFocus:!0}),U(W,{label:`Confirm new password`,type:`password`,value:r,onInput:i,autoComplete:`new-password`,required:!0}),a&&U(`p`,{class:`error`,role:`alert`,children:`The two passwords differ.`}),U(`div`,{class:`actions`,children:U(K,{busy:l.busy,children:`Set new password`})})]})})}function ra(e){let[t,n]=M(null),r=V();return U(G,{title:`Confirm your new email`,narrow:!0,children:t?U($i,{testid:`email-changed`,children:`Your email address is now ${t}.`}):U(J,{onSubmit:()=>r.run(async()=>{let t=await Wn(e.token);n(t.email),yr.get().status===`signedIn`&&await Or().catch(()=>null)},`Your email address was changed.`),label:`Confirm your new email`,children:[U(`p`,{children:`Press the button to make this address your account's email.`}),U(`div`,{class:`actions`,children:U(K,{busy:r.busy,children:`Confirm email change`})})]})})}function ia(e){let[t,n]=M(null),r=V();return U(G,{title:`Finish signing up`,narrow:!0,children:t?U($i,{testid:`sign-up-confirmed`,children:`Welcome, ${t}: your email address is confirmed, your account is ready and you are signed in.`}):U(J,{onSubmit:()=>r.run(async()=>{let t=await B.confirmProviderSignUp(e.token);t.kind===`signedIn`?n(t.user.username):t.kind===`secondFactor`?(Vr(t.mfaToken,t.expiresIn,t.methods),qr(`/signin`)):ci(t,await si(t.provider),`#/quotes`)}),label:`Finish signing up`,children:[U(`p`,{children:`Press the button to confirm this email address and finish signing up with your sign-in provider.`}),U(`div`,{class:`actions`,children:U(K,{busy:r.busy,children:`Finish signing up`})})]})})}function aa(e){if(!e.token)return U(G,{title:e.page===`/verify-email`?`Verify your email`:e.page===`/reset-password`?`Choose a new password`:e.page===`/confirm-sign-up`?`Finish signing up`:`Confirm your new email`,narrow:!0,children:U(ea,{})});switch(e.page){case`/verify-email`:return U(ta,{token:e.token});case`/reset-password`:return U(na,{token:e.token});case`/confirm-email-change`:return U(ra,{token:e.token});case`/confirm-sign-up`:return U(ia,{token:e.token})}}function oa(e){let t=e.quote,[n,r]=M(`view`),[i,a]=M(t.text),[o,s]=M(t.author),c=V(),l=()=>c.run(async()=>{await Ln(t.id,i,o),r(`view`),e.onChanged()},`Quote saved.`),u=()=>c.run(async()=>{await Rn(t.id),e.onChanged()},`Quote deleted.`);return U(`li`,{class:`row quote`,"data-testid":`quote-row`,"data-id":t.id,children:n===`edit`?U(J,{onSubmit:l,label:`Edit quote`,children:[U(W,{label:`Edit quote`,value:i,onInput:a,required:!0,multiline:!0,maxLength:2e3,autoFocus:!0}),U(W,{label:`Edit author`,value:o,onInput:s,required:!0,maxLength:200}),U(`div`,{class:`actions`,children:[U(K,{busy:c.busy,children:`Save`}),U(q,{onClick:()=>{a(t.text),s(t.author),r(`view`)},children:`Cancel`})]})]}):U(S,{children:[U(`blockquote`,{children:[U(`p`,{"data-testid":`quote-text`,children:t.text}),U(`footer`,{children:[`— `,U(`cite`,{"data-testid":`quote-author`,children:t.author}),U(`span`,{class:`muted small`,children:[` `,`· `,U(yi,{at:t.createdAt})]})]})]}),n===`confirm`?U(`div`,{class:`actions confirm`,role:`group`,"aria-label":`Confirm deletion`,children:[U(`span`,{children:`Delete this quote?`}),U(q,{variant:`danger`,busy:c.busy,onClick:()=>void u(),children:`Yes, delete`}),U(q,{onClick:()=>r(`view`),children:`Keep it`})]}):U(`div`,{class:`actions`,children:[U(q,{onClick:()=>{a(t.text),s(t.author),r(`edit`)},children:`Edit`}),U(q,{variant:`danger-quiet`,onClick:()=>r(`confirm`),children:`Delete`})]})]})})}var sa={first:10};function ca(){let[e,t]=M({cursor:sa,page:1,filter:{search:``,author:``}}),[n,r]=M(``),[i,a]=M(``),[o,s]=M(``),[c,l]=M(``),u=V(),d=zr(async()=>({conn:await Fn({...e.cursor,...e.filter}),view:e}),[e]),f=(n=e.filter)=>t({cursor:sa,page:1,filter:n}),p=()=>u.run(async()=>{await In(o,c),s(``),l(``),e.page===1&&!e.cursor.after&&!e.cursor.before?await d.reload():f()},`Quote added.`),m=()=>f({search:n.trim(),author:i.trim()}),h=()=>{r(``),a(``),f({search:``,author:``})},g=async()=>{let e=await d.reload();e&&e.conn.nodes.length===0&&e.view.page>1&&f()},_=d.data?.conn,v=d.data?.view,y=!!(v&&(v.filter.search||v.filter.author)),b=_?Math.max(1,Math.ceil(_.totalCount/10)):1;return U(G,{title:`Quotes`,children:[U(hi,{title:`Add a quote`,children:U(J,{onSubmit:p,label:`Add a quote`,children:[U(W,{label:`Quote`,value:o,onInput:s,required:!0,multiline:!0,maxLength:2e3}),U(W,{label:`Author`,value:c,onInput:l,required:!0,maxLength:200}),U(`div`,{class:`actions`,children:U(K,{busy:u.busy,children:`Add quote`})})]})}),U(hi,{title:`Your quotes`,children:[U(J,{onSubmit:m,role:`search`,label:`Find quotes`,children:[U(`div`,{class:`inline-fields`,children:[U(W,{label:`Search quotes`,type:`search`,value:n,onInput:r,hint:`Words in the text or the author.`}),U(W,{label:`Filter by author`,value:i,onInput:a,hint:`The exact author name.`})]}),U(`div`,{class:`actions`,children:[U(K,{variant:`secondary`,children:`Apply filters`}),(e.filter.search||e.filter.author||n||i)&&U(q,{onClick:h,children:`Clear filters`})]})]}),!_&&d.loading&&U(bi,{what:`quotes`}),_&&v&&U(S,{children:[U(`p`,{class:`muted`,"data-testid":`quote-count`,"aria-live":`polite`,children:_.totalCount===0?y?`No quotes match these filters.`:`No quotes yet: add your first one above.`:`${_.totalCount} quote${_.totalCount===1?``:`s`}${y?` match`:``} · page ${Math.min(v.page,b)} of ${b}`}),U(`ul`,{class:`rows`,"data-testid":`quote-list`,"aria-busy":d.loading?`true`:void 0,children:_.nodes.map(e=>U(oa,{quote:e,onChanged:()=>void g()},e.id))}),U(gi,{label:`Quote pages`,busy:d.loading,hasPrevious:_.pageInfo.hasPreviousPage,hasNext:_.pageInfo.hasNextPage,onPrevious:()=>{v.page<=2||!_.pageInfo.startCursor?f(v.filter):t({cursor:{last:10,before:_.pageInfo.startCursor},page:v.page-1,filter:v.filter})},onNext:()=>{_.pageInfo.endCursor&&t({cursor:{first:10,after:_.pageInfo.endCursor},page:v.page+1,filter:v.filter})}})]})]})]})}function la(e){let t=V(),[n,r]=M(!1);return U(S,{children:[U(`p`,{"data-testid":`no-password`,children:[`Your account has no password: you sign in with a sign-in provider. To set a password, we send a link to`,` `,U(`strong`,{children:e.user.email}),`.`]}),n?U(`p`,{class:`ok`,"data-testid":`reset-requested`,children:`Check your inbox: the link works once and expires after a while.`}):U(`div`,{class:`actions`,children:U(q,{variant:`primary`,busy:t.busy,onClick:()=>void t.run(async()=>{await Vn(e.user.email),r(!0)}),children:`Email me a link to set a password`})})]})}function ua(e){let t=e.user,n=V();return U(G,{title:`Account`,children:[U(hi,{title:`Profile`,children:[U(`dl`,{class:`facts`,children:[U(`dt`,{children:`Username`}),U(`dd`,{"data-testid":`account-username`,children:t.username}),U(`dt`,{children:`Email`}),U(`dd`,{"data-testid":`account-email`,children:t.email}),U(`dt`,{children:`Email status`}),U(`dd`,{"data-testid":`email-status`,children:t.emailVerified?U(`span`,{class:`badge ok`,children:`Verified`}):U(`span`,{class:`badge warn`,children:`Not verified`})}),U(`dt`,{children:`Role`}),U(`dd`,{"data-testid":`account-role`,children:t.role===`ADMIN`?`Administrator`:`User`}),U(`dt`,{children:`Password`}),U(`dd`,{"data-testid":`account-password`,children:t.hasPassword?`Set`:`None (you sign in with a sign-in provider)`}),U(`dt`,{children:`Two-factor authentication`}),U(`dd`,{children:t.totpEnabled?`On`:`Off`}),U(`dt`,{children:`Member since`}),U(`dd`,{children:vi(t.createdAt)})]}),!t.emailVerified&&U(`div`,{class:`actions`,children:U(q,{busy:n.busy,onClick:()=>void n.run(()=>zn(),`We sent a new verification link to ${t.email}.`),children:`Resend verification email`})})]}),U(Yi,{user:t}),U(Li,{user:t}),U(hi,{title:`Manage`,children:U(`ul`,{class:`link-list`,children:[U(`li`,{children:U(`a`,{href:H(`/account/password`),children:t.hasPassword?`Change password`:`Set a password`})}),U(`li`,{children:U(`a`,{href:H(`/account/email`),children:`Change email`})}),U(`li`,{children:U(`a`,{href:H(`/security`),children:`Two-factor authentication`})}),U(`li`,{children:U(`a`,{href:H(`/sessions`),children:`Sessions`})}),U(`li`,{children:U(`a`,{href:H(`/activity`),children:`Security activity`})}),U(`li`,{children:U(`a`,{href:H(`/account/delete`),class:`danger-link`,children:`Delete account`})})]})})]})}function da(e){return e.user.hasPassword?U(fa,{}):U(G,{title:`Set a password`,narrow:!0,children:U(la,{user:e.user})})}function fa(){let[e,t]=M(``),[n,r]=M(``),[i,a]=M(``),[o,s]=M(!1),c=V();return U(G,{title:`Change password`,narrow:!0,children:U(J,{onSubmit:()=>{n===i?(s(!1),c.run(async()=>{await Gn(e,n),t(``),r(``),a(``),Wr(`/account`)},`Password changed. Your other sessions were signed out.`)):s(!0)},label:`Change password`,children:[U(W,{label:`Current password`,type:`password`,value:e,onInput:t,autoComplete:`current-password`,required:!0,autoFocus:!0}),U(W,{label:`New password`,type:`password`,value:n,onInput:r,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`}),U(W,{label:`Confirm new password`,type:`password`,value:i,onInput:a,autoComplete:`new-password`,required:!0}),o&&U(`p`,{class:`error`,role:`alert`,children:`The two new passwords differ.`}),U(`div`,{class:`actions`,children:[U(K,{busy:c.busy,children:`Change password`}),U(`a`,{class:`btn secondary`,href:H(`/account`),children:`Cancel`})]})]})})}function pa(e){let[t,n]=M(``),[r,i]=M(``),[a,o]=M(null),s=V(),c=!e.user.hasPassword;return U(G,{title:`Change email`,narrow:!0,children:[U(`p`,{children:[`Your address is `,U(`strong`,{children:e.user.email}),`. We will send a link to the new address; the change happens when you open it.`]}),c&&U(`p`,{class:`muted small`,children:`Your account has no password: you may be asked to confirm it's you with your sign-in provider.`}),U(J,{onSubmit:()=>s.run(async()=>{let e=t.trim();return await Un(e,c?null:r),i(``),o(e),e},e=>`We sent a confirmation link to ${e}. Your email changes when you open it.`),label:`Change email`,children:[U(W,{label:`New email`,type:`email`,value:t,onInput:n,autoComplete:`email`,inputMode:`email`,required:!0,autoFocus:!0}),!c&&U(W,{label:`Current password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:s.busy,children:`Send confirmation link`}),U(`a`,{class:`btn secondary`,href:H(`/account`),children:`Cancel`})]})]}),a&&U(`p`,{class:`ok`,"data-testid":`email-change-requested`,children:[`Check the inbox of `,a,` for the confirmation link.`]})]})}function ma(e){let[t,n]=M(``),[r,i]=M(!1),a=V(),o=!e.user.hasPassword;return U(G,{title:`Delete account`,narrow:!0,children:[U(`p`,{class:`warn-text`,children:[`This deletes your account `,U(`strong`,{children:e.user.username}),`, all your quotes and every session, for good. It cannot be undone.`]}),U(J,{onSubmit:()=>a.run(async()=>{await Mr(()=>Kn(o?null:t)),F(`success`,`The account ${e.user.username} and its quotes were deleted.`,{sticky:!0}),Wr(`/signin`)}),label:`Delete account`,children:[o?U(`p`,{class:`muted small`,children:`Your account has no password: you may be asked to confirm it's you with your sign-in provider.`}):U(W,{label:`Password`,type:`password`,value:t,onInput:n,autoComplete:`current-password`,required:!0,autoFocus:!0}),U(`div`,{class:`field checkbox`,children:[U(`input`,{id:`delete-sure`,type:`checkbox`,checked:r,onChange:e=>i(e.currentTarget.checked)}),U(`label`,{for:`delete-sure`,children:`I understand that this cannot be undone`})]}),U(`div`,{class:`actions`,children:[U(K,{busy:a.busy,variant:`danger`,disabled:!r,children:`Delete my account`}),U(`a`,{class:`btn secondary`,href:H(`/account`),children:`Cancel`})]})]})]})}function ha(e){let t=e.session,n=V();return U(`li`,{class:`row session`,"data-testid":`session-row`,"data-current":t.current?`true`:`false`,children:[U(`div`,{class:`row-main`,children:[U(`p`,{class:`row-title`,children:[xi(t.userAgent),t.current&&U(`span`,{class:`badge ok`,"data-testid":`session-current`,children:`This device`})]}),U(`p`,{class:`muted small`,children:[t.ip?`IP ${t.ip} · `:``,`signed in `,U(yi,{at:t.createdAt}),` · last active `,U(yi,{at:t.lastUsedAt})]})]}),U(`div`,{class:`actions`,children:t.current?U(q,{onClick:()=>void jr(),children:`Sign out`}):U(q,{variant:`danger-quiet`,busy:n.busy,onClick:()=>void n.run(async()=>{await ir(t.id),e.onChanged()},`Session revoked: that device is signed out.`),children:`Revoke`})})]})}function ga(){let e=zr(rr,[]),t=V(),n=e.data,r=n?n.filter(e=>!e.current).length:0;return U(G,{title:`Sessions`,intro:U(`p`,{children:`Every device where you are signed in. Revoke any you do not recognise.`}),children:U(hi,{title:`Signed-in devices`,children:[!n&&e.loading&&U(bi,{what:`sessions`}),n&&U(S,{children:[U(`p`,{class:`muted`,"data-testid":`session-count`,children:[n.length,` session`,n.length===1?``:`s`]}),U(`ul`,{class:`rows`,children:n.map(t=>U(ha,{session:t,onChanged:()=>void e.reload()},t.id))}),U(`div`,{class:`actions`,children:U(q,{variant:`danger`,busy:t.busy,disabled:r===0,onClick:()=>void t.run(async()=>{await ar(),await e.reload()},`Every other session was signed out.`),children:`Sign out all other sessions`})})]})]})})}var _a={SIGN_IN_SUCCEEDED:`Signed in`,SIGN_IN_FAILED:`Failed sign-in`,REFRESH_TOKEN_REUSED:`Stolen-token alarm: session revoked`,PASSWORD_CHANGED:`Password changed`,PASSWORD_RESET:`Password reset`,EMAIL_CHANGED:`Email changed`,TOTP_ENABLED:`Two-factor authentication turned on`,TOTP_DISABLED:`Two-factor authentication turned off`,ROLE_CHANGED:`Role changed`,ACCOUNT_DISABLED:`Account disabled`,ACCOUNT_ENABLED:`Account enabled`,ACCOUNT_DELETED:`Account deleted`,TWO_FACTOR_RESET:`Two-factor authentication reset by an admin`,IDENTITY_LINKED:`Sign-in provider linked`,IDENTITY_UNLINKED:`Sign-in provider unlinked`,PASSKEY_ADDED:`Passkey added`,PASSKEY_REMOVED:`Passkey removed`},va=new Set([`SIGN_IN_FAILED`,`REFRESH_TOKEN_REUSED`,`ACCOUNT_DISABLED`]),ya={pwd:`password`,"pwd totp":`password + authenticator code`,"pwd recovery":`password + recovery code`,fed:`sign-in provider`,"fed totp":`sign-in provider + authenticator code`,"fed recovery":`sign-in provider + recovery code`,"hwk user":`passkey`,"pwd hwk user":`password + passkey`,"fed hwk user":`sign-in provider + passkey`,wrong_password:`wrong password`,wrong_second_factor:`wrong second factor`,account_disabled:`account disabled`,email:`email link`};function ba(e){if(!e)return``;try{let t=JSON.parse(e),n=[];for(let[e,r]of Object.entries(t)){let t=typeof r==`string`?ya[r]??r:JSON.stringify(r),i=e===`amr`?`method`:e===`by`?`by admin`:e===`sessionId`?`session`:e;n.push(`${i}: ${t}`)}return n.join(`, `)}catch{return e}}function xa(e){let t=e.event,n=ba(t.detail);return U(`li`,{class:`row event${va.has(t.kind)?` warn`:``}`,"data-testid":`event-row`,"data-kind":t.kind,children:[U(`p`,{class:`row-title`,children:[U(`span`,{"data-testid":`event-kind`,children:_a[t.kind]??t.kind}),U(`span`,{class:`muted small`,children:[` `,`· `,U(yi,{at:t.at})]})]}),U(`p`,{class:`muted small`,children:[n,t.ip?`IP ${t.ip}`:``,t.userAgent?xi(t.userAgent):``].filter(Boolean).join(` · `)})]})}function Sa(e){let[t,n]=M([null]),[r,i]=M(e.resetKey);r!==e.resetKey&&(i(e.resetKey),n([null]));let a=t[t.length-1]??null,o=t.length,s=zr(async()=>({...await e.load(20,a),page:o}),[a,o,e.resetKey]),c=s.data;if(!c)return s.loading?U(bi,{what:`events`}):null;let l=c.totalCount,u=l===null?null:Math.max(1,Math.ceil(l/20));return U(S,{children:[U(`p`,{class:`muted`,"data-testid":`event-count`,children:c.events.length===0&&c.page===1?`No events yet.`:l===null?`Page ${c.page}`:`${l} event${l===1?``:`s`} · page ${c.page} of ${u}`}),U(`ul`,{class:`rows`,"data-testid":`event-list`,"aria-busy":s.loading?`true`:void 0,children:c.events.map(e=>U(xa,{event:e},e.id))}),U(gi,{label:e.label,busy:s.loading,hasPrevious:c.page>1,hasNext:c.pageInfo.hasNextPage,onPrevious:()=>n(t.slice(0,c.page-1)),onNext:()=>{c.pageInfo.endCursor&&n([...t.slice(0,c.page),c.pageInfo.endCursor])}})]})}function Ca(e){return U(G,{title:`Security activity`,intro:U(`p`,{children:`Sign-ins, failed attempts and changes to your account, newest first. Something you do not recognise? Change your password and revoke your sessions.`}),children:U(hi,{title:`Events`,children:U(Sa,{load:or,resetKey:e.userId,label:`Security activity pages`})})})}var wa=!0,Ta=`uplot`,Ea=`u-hz`,Da=`u-vt`,Oa=`u-title`,ka=`u-wrap`,Aa=`u-under`,ja=`u-over`,Ma=`u-axis`,Na=`u-off`,Pa=`u-select`,Fa=`u-cursor-x`,Ia=`u-cursor-y`,La=`u-cursor-pt`,Ra=`u-legend`,za=`u-live`,Ba=`u-inline`,Va=`u-series`,Ha=`u-marker`,Ua=`u-label`,Wa=`u-value`,Ga=`width`,Ka=`height`,qa=`top`,Ja=`bottom`,Ya=`left`,Xa=`right`,Za=`#000`,Qa=`#0000`,$a=`mousemove`,eo=`mousedown`,to=`mouseup`,no=`mouseenter`,ro=`mouseleave`,io=`dblclick`,ao=`resize`,oo=`scroll`,so=`change`,co=`dppxchange`,lo=`--`,uo=typeof window<`u`,fo=uo?document:null,po=uo?window:null,mo=uo?navigator:null,Y,ho;function go(){let e=devicePixelRatio;Y!=e&&(Y=e,ho&&jo(so,ho,go),ho=matchMedia(`(min-resolution: ${Y-.001}dppx) and (max-resolution: ${Y+.001}dppx)`),Ao(so,ho,go),po.dispatchEvent(new CustomEvent(co)))}function _o(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function vo(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function yo(e,t,n){e.style[t]=n+`px`}function bo(e,t,n,r){let i=fo.createElement(e);return t!=null&&_o(i,t),n?.insertBefore(i,r),i}function xo(e,t){return bo(`div`,e,t)}var So=new WeakMap;function Co(e,t,n,r,i){let a=`translate(`+t+`px,`+n+`px)`;a!=So.get(e)&&(e.style.transform=a,So.set(e,a),t<0||n<0||t>r||n>i?_o(e,Na):vo(e,Na))}var wo=new WeakMap;function To(e,t,n){let r=t+n;r!=wo.get(e)&&(wo.set(e,r),e.style.background=t,e.style.borderColor=n)}var Eo=new WeakMap;function Do(e,t,n,r){let i=t+``+n;i!=Eo.get(e)&&(Eo.set(e,i),e.style.height=n+`px`,e.style.width=t+`px`,e.style.marginLeft=r?-t/2+`px`:0,e.style.marginTop=r?-n/2+`px`:0)}var Oo={passive:!0},ko={...Oo,capture:!0};function Ao(e,t,n,r){t.addEventListener(e,n,r?ko:Oo)}function jo(e,t,n,r){t.removeEventListener(e,n,Oo)}uo&&go();function Mo(e,t,n,r){let i;n||=0,r||=t.length-1;let a=r<=0x7fffffff;for(;r-n>1;)i=a?n+r>>1:$o((n+r)/2),t[i]<e?n=i:r=i;return e-t[n]<=t[r]-e?n:r}function No(e){return(t,n,r)=>{let i=-1,a=-1;for(let a=n;a<=r;a++)if(e(t[a])){i=a;break}for(let i=r;i>=n;i--)if(e(t[i])){a=i;break}return[i,a]}}var Po=e=>e!=null,Fo=e=>e!=null&&e>0,Io=No(Po),Lo=No(Fo);function Ro(e,t,n,r=0,i=!1){let a=i?Lo:Io,o=i?Fo:Po;[t,n]=a(e,t,n);let s=e[t],c=e[t];if(t>-1){if(r==1)s=e[t],c=e[n];else if(r==-1)s=e[n],c=e[t];else for(let r=t;r<=n;r++){let t=e[r];o(t)&&(t<s?s=t:t>c&&(c=t))}}return[s??us,c??-us]}function zo(e,t,n,r){let i=as(e),a=as(t);e==t&&(i==-1?(e*=n,t/=n):(e/=n,t*=n));let o=n==10?os:ss,s=i==1?$o:ts,c=a==1?ts:$o,l=s(o(Qo(e))),u=c(o(Qo(t))),d=is(n,l),f=is(n,u);return n==10&&(l<0&&(d=Q(d,-l)),u<0&&(f=Q(f,-u))),r||n==2?(e=d*i,t=f*a):(e=ws(e,d),t=Cs(t,f)),[e,t]}function Bo(e,t,n,r){let i=zo(e,t,n,r);return e==0&&(i[0]=0),t==0&&(i[1]=0),i}var Vo=.1,Ho={mode:3,pad:Vo},Uo={pad:0,soft:null,mode:0},Wo={min:Uo,max:Uo};function Go(e,t,n,r){return Fs(n)?qo(e,t,n):(Uo.pad=n,Uo.soft=r?0:null,Uo.mode=r?3:0,qo(e,t,Wo))}function X(e,t){return e??t}function Ko(e,t,n){for(t=X(t,0),n=X(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function qo(e,t,n){let r=n.min,i=n.max,a=X(r.pad,0),o=X(i.pad,0),s=X(r.hard,-us),c=X(i.hard,us),l=X(r.soft,us),u=X(i.soft,-us),d=X(r.mode,0),f=X(i.mode,0),p=t-e,m=os(p),h=rs(Qo(e),Qo(t)),g=Qo(os(h)-m);(p<1e-24||g>10)&&(p=0,(e==0||t==0)&&(p=1e-24,d==2&&l!=us&&(a=0),f==2&&u!=-us&&(o=0)));let _=p||h||1e3,v=is(10,$o(os(_))),y=Q(ws(e-_*(p==0?e==0?.1:1:a),v/10),24),b=e>=l&&(d==1||d==3&&y<=l||d==2&&y>=l)?l:us,x=rs(s,y<b&&e>=b?b:ns(b,y)),S=Q(Cs(t+_*(p==0?t==0?.1:1:o),v/10),24),C=t<=u&&(f==1||f==3&&S>=u||f==2&&S<=u)?u:-us,w=ns(c,S>C&&t<=C?C:rs(C,S));return x==w&&x==0&&(w=100),[x,w]}var Jo=new Intl.NumberFormat(uo?mo.language:`en-US`),Yo=e=>Jo.format(e),Xo=Math,Zo=Xo.PI,Qo=Xo.abs,$o=Xo.floor,es=Xo.round,ts=Xo.ceil,ns=Xo.min,rs=Xo.max,is=Xo.pow,as=Xo.sign,os=Xo.log10,ss=Xo.log2,cs=(e,t=1)=>Xo.sinh(e)*t,ls=(e,t=1)=>Xo.asinh(e/t),us=1/0;function ds(e){return(os((e^e>>31)-(e>>31))|0)+1}function fs(e,t,n){return ns(rs(e,t),n)}function ps(e){return typeof e==`function`}function Z(e){return ps(e)?e:()=>e}var ms=()=>{},hs=e=>e,gs=(e,t)=>t,_s=e=>null,vs=e=>!0,ys=(e,t)=>e==t,bs=/\.\d*?(?=9{6,}|0{6,})/gm,xs=e=>{if(Ms(e)||Ts.has(e))return e;let t=`${e}`,n=t.match(bs);if(n==null)return e;let r=n[0].length-1;if(t.indexOf(`e-`)!=-1){let[e,n]=t.split(`e`);return+`${xs(e)}e${n}`}return Q(e,r)};function Ss(e,t){return xs(Q(xs(e/t))*t)}function Cs(e,t){return xs(ts(xs(e/t))*t)}function ws(e,t){return xs($o(xs(e/t))*t)}function Q(e,t=0){if(Ms(e))return e;let n=10**t;return es(e*n*(1+2**-52))/n}var Ts=new Map;function Es(e){return((``+e).split(`.`)[1]||``).length}function Ds(e,t,n,r){let i=[],a=r.map(Es);for(let o=t;o<n;o++){let t=Qo(o),n=Q(is(e,o),t);for(let s=0;s<r.length;s++){let c=e==10?+`${r[s]}e${o}`:r[s]*n,l=(o>=0?0:t)+(o>=a[s]?0:a[s]),u=e==10?c:Q(c,l);i.push(u),Ts.set(u,l)}}return i}var Os={},ks=[],As=[null,null],js=Array.isArray,Ms=Number.isInteger,Ns=e=>e===void 0;function Ps(e){return typeof e==`string`}function Fs(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Is(e){return typeof e==`object`&&!!e}var Ls=Object.getPrototypeOf(Uint8Array),Rs=`__proto__`;function zs(e,t=Fs){let n;if(js(e)){let r=e.find(e=>e!=null);if(js(r)||t(r)){n=Array(e.length);for(let r=0;r<e.length;r++)n[r]=zs(e[r],t)}else n=e.slice()}else if(e instanceof Ls)n=e.slice();else if(t(e)){n={};for(let r in e)r!=Rs&&(n[r]=zs(e[r],t))}else n=e;return n}function Bs(e){let t=arguments;for(let n=1;n<t.length;n++){let r=t[n];for(let t in r)t!=Rs&&(Fs(e[t])?Bs(e[t],zs(r[t])):e[t]=zs(r[t]))}return e}var Vs=0,Hs=1,Us=2;function Ws(e,t,n){for(let r=0,i,a=-1;r<t.length;r++){let o=t[r];if(o>a){for(i=o-1;i>=0&&e[i]==null;)e[i--]=null;for(i=o+1;i<n&&e[i]==null;)e[a=i++]=null}}}var Gs=typeof queueMicrotask>`u`?e=>Promise.resolve().then(e):queueMicrotask;function Ks(e){let t=e[0],n=t.length,r=Array(n);for(let e=0;e<r.length;e++)r[e]=e;r.sort((e,n)=>t[e]-t[n]);let i=[];for(let t=0;t<e.length;t++){let a=e[t],o=Array(n);for(let e=0;e<n;e++)o[e]=a[r[e]];i.push(o)}return i}function qs(e){let t=e[0][0],n=t.length;for(let r=1;r<e.length;r++){let i=e[r][0];if(i.length!=n)return!1;if(i!=t){for(let e=0;e<n;e++)if(i[e]!=t[e])return!1}}return!0}function Js(e,t=100){let n=e.length;if(n<=1)return!0;let r=0,i=n-1;for(;r<=i&&e[r]==null;)r++;for(;i>=r&&e[i]==null;)i--;if(i<=r)return!0;let a=rs(1,$o((i-r+1)/t));for(let t=e[r],n=r+a;n<=i;n+=a){let r=e[n];if(r!=null){if(r<=t)return!1;t=r}}return!0}var Ys=[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],Xs=[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`];function Zs(e){return e.slice(0,3)}var Qs=Xs.map(Zs),$s={MMMM:Ys,MMM:Ys.map(Zs),WWWW:Xs,WWW:Qs};function ec(e){return(e<10?`0`:``)+e}function tc(e){return(e<10?`00`:e<100?`0`:``)+e}var nc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+``).slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>ec(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>ec(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>ec(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?`PM`:`AM`,aa:e=>e.getHours()>=12?`pm`:`am`,a:e=>e.getHours()>=12?`p`:`a`,mm:e=>ec(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>ec(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>tc(e.getMilliseconds())};function rc(e,t){t||=$s;let n=[],r=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=r.exec(e);)n.push(i[0][0]==`{`?nc[i[1]]:i[0]);return e=>{let r=``;for(let i=0;i<n.length;i++)r+=typeof n[i]==`string`?n[i]:n[i](e,t);return r}}var ic=new Intl.DateTimeFormat().resolvedOptions().timeZone,ac=e=>e%1==0,oc=[1,2,2.5,5],sc=Ds(10,-32,0,oc),cc=Ds(10,0,32,oc),lc=cc.filter(ac),uc=sc.concat(cc),dc=`
`,fc=`{YYYY}`,pc=dc+fc,mc=`{M}/{D}`,hc=dc+mc,gc=hc+`/{YY}`,_c=`{aa}`,vc=`{h}:{mm}`+_c,yc=dc+vc,bc=`:{ss}`,$=null;function xc(e){let t=e*1e3,n=t*60,r=n*60,i=r*24,a=i*30,o=i*365,s=(e==1?Ds(10,0,3,oc).filter(ac):Ds(10,-3,0,oc)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,r,r*2,r*3,r*4,r*6,r*8,r*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),c=[[o,fc,$,$,$,$,$,$,1],[i*28,`{MMM}`,pc,$,$,$,$,$,1],[i,mc,pc,$,$,$,$,$,1],[r,`{h}`+_c,gc,$,hc,$,$,$,1],[n,vc,gc,$,hc,$,$,$,1],[t,bc,gc+` `+vc,$,hc+` `+vc,$,yc,$,1],[e,bc+`.{fff}`,gc+` `+vc,$,hc+` `+vc,$,yc,$,1]];function l(t){return(s,c,l,u,d,f)=>{let p=[],m=d>=o,h=d>=a&&d<o,g=t(l),_=Q(g*e,3),v=jc(g.getFullYear(),m?0:g.getMonth(),h||m?1:g.getDate()),y=Q(v*e,3);if(h||m){let n=h?d/a:0,r=m?d/o:0,i=_==y?_:Q(jc(v.getFullYear()+r,v.getMonth()+n,1)*e,3),s=new Date(es(i/e)),c=s.getFullYear(),l=s.getMonth();for(let a=0;i<=u;a++){let o=jc(c+r*a,l+n*a,1),s=o-t(Q(o*e,3));i=Q((+o+s)*e,3),i<=u&&p.push(i)}}else{let a=d>=i?i:d,o=y+($o(l)-$o(_))+Cs(_-y,a);p.push(o);let m=t(o),h=m.getHours()+m.getMinutes()/n+m.getSeconds()/r,g=d/r,v=f/s.axes[c]._space;for(;o=Q(o+d,e==1?0:3),!(o>u);)if(g>1){let e=$o(Q(h+g,6))%24,n=t(o).getHours()-e;n>1&&(n=-1),o-=n*r,h=(h+g)%24;let i=p[p.length-1];Q((o-i)/d,3)*v>=.7&&p.push(o)}else p.push(o)}return p}}return[s,c,l]}var[Sc,Cc,wc]=xc(1),[Tc,Ec,Dc]=xc(.001);Ds(2,-53,53,[1]);function Oc(e,t){return e.map(e=>e.map((n,r)=>r==0||r==8||n==null?n:t(r==1||e[8]==0?n:e[1]+n)))}function kc(e,t){return(n,r,i,a,o)=>{let s=t.find(e=>o>=e[0])||t[t.length-1],c,l,u,d,f,p;return r.map(t=>{let n=e(t),r=n.getFullYear(),i=n.getMonth(),a=n.getDate(),o=n.getHours(),m=n.getMinutes(),h=n.getSeconds(),g=r!=c&&s[2]||i!=l&&s[3]||a!=u&&s[4]||o!=d&&s[5]||m!=f&&s[6]||h!=p&&s[7]||s[1];return c=r,l=i,u=a,d=o,f=m,p=h,g(n)})}}function Ac(e,t){let n=rc(t);return(t,r,i,a,o)=>r.map(t=>n(e(t)))}function jc(e,t,n){return new Date(e,t,n)}function Mc(e,t){return t(e)}var Nc=`{YYYY}-{MM}-{DD} {h}:{mm}{aa}`;function Pc(e,t){return(n,r,i,a)=>a==null?lo:t(e(r))}function Fc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function Ic(e,t){return e.series[t].fill(e,t)}var Lc={show:!0,live:!0,isolate:!1,mount:ms,markers:{show:!0,width:2,stroke:Fc,fill:Ic,dash:`solid`},idx:null,idxs:null,values:[]};function Rc(e,t){let n=e.cursor.points,r=xo(),i=n.size(e,t);yo(r,Ga,i),yo(r,Ka,i);let a=i/-2;yo(r,`marginLeft`,a),yo(r,`marginTop`,a);let o=n.width(e,t,i);return o&&yo(r,`borderWidth`,o),r}function zc(e,t){let n=e.series[t].points;return n._fill||n._stroke}function Bc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function Vc(e,t){return e.series[t].points.size}var Hc=[0,0];function Uc(e,t,n){return Hc[0]=t,Hc[1]=n,Hc}function Wc(e,t,n,r=!0){return e=>{e.button!=0||r&&e.target!=t||n(e)}}function Gc(e,t,n,r=!0){return e=>{r&&e.target!=t||n(e)}}var Kc={show:!0,x:!0,y:!0,lock:!1,move:Uc,points:{one:!1,show:Rc,size:Vc,width:0,stroke:Bc,fill:zc},bind:{mousedown:Wc,mouseup:Wc,click:Wc,dblclick:Wc,mousemove:Gc,mouseleave:Gc,mouseenter:Gc},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,r,i)=>r-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},qc={show:!0,stroke:`rgba(0,0,0,0.07)`,width:2},Jc=Bs({},qc,{filter:gs}),Yc=Bs({},Jc,{size:10}),Xc=Bs({},qc,{show:!1}),Zc=`12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"`,Qc=`bold `+Zc,$c=1.5,el={show:!0,scale:`x`,stroke:Za,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Qc,side:2,grid:Jc,ticks:Yc,border:Xc,font:Zc,lineGap:$c,rotate:0},tl=`Value`,nl=`Time`,rl={show:!0,scale:`x`,auto:!1,sorted:1,min:us,max:-1/0,idxs:[]};function il(e,t,n,r,i){return t.map(e=>e==null?``:Yo(e))}function al(e,t,n,r,i,a,o){let s=[],c=Ts.get(i)||0;n=o?n:Q(Cs(n,i),c);for(let e=n;e<=r;e=Q(e+i,c))s.push(Object.is(e,-0)?0:e);return s}function ol(e,t,n,r,i,a,o){let s=[],c=e.scales[e.axes[t].scale].log;i=is(c,$o((c==10?os:ss)(n))),c==10&&(i=uc[Mo(i,uc)]);let l=n,u=i*c;c==10&&(u=uc[Mo(u,uc)]);do s.push(l),l+=i,c==10&&!Ts.has(l)&&(l=Q(l,Ts.get(i))),l>=u&&(i=l,u=i*c,c==10&&(u=uc[Mo(u,uc)]));while(l<=r);return s}function sl(e,t,n,r,i,a,o){let s=e.scales[e.axes[t].scale].asinh,c=r>s?ol(e,t,rs(s,n),r,i):[s],l=r>=0&&n<=0?[0]:[];return(n<-s?ol(e,t,rs(s,-r),-n,i):[s]).reverse().map(e=>-e).concat(l,c)}var cl=/./,ll=/[12357]/,ul=/[125]/,dl=/1/,fl=(e,t,n,r)=>e.map((e,i)=>t==4&&e==0||i%r==0&&n.test(e.toExponential()[+(e<0)])?e:null);function pl(e,t,n,r,i){let a=e.axes[n],o=a.scale,s=e.scales[o],c=e.valToPos,l=a._space,u=c(10,o),d=c(9,o)-u>=l?cl:c(7,o)-u>=l?ll:c(5,o)-u>=l?ul:dl;if(d==dl){let e=Qo(c(1,o)-u);if(e<l)return fl(t.slice().reverse(),s.distr,d,ts(l/e)).reverse()}return fl(t,s.distr,d,1)}function ml(e,t,n,r,i){let a=e.axes[n],o=a.scale,s=a._space,c=e.valToPos,l=Qo(c(1,o)-c(2,o));return l<s?fl(t.slice().reverse(),3,cl,ts(s/l)).reverse():t}function hl(e,t,n,r){return r==null?lo:t==null?``:Yo(t)}var gl={show:!0,scale:`y`,stroke:Za,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Qc,side:3,grid:Jc,ticks:Yc,border:Xc,font:Zc,lineGap:$c,rotate:0};function _l(e,t){return Q((3+(e||1)*2)*t,3)}function vl(e,t){let{scale:n,idxs:r}=e.series[0],i=e._data[0],a=e.valToPos(i[r[0]],n,!0),o=Qo(e.valToPos(i[r[1]],n,!0)-a)/(e.series[t].points.space*Y);return r[1]-r[0]<=o}var yl={scale:null,auto:!0,sorted:0,min:us,max:-1/0},bl=(e,t,n,r,i)=>i,xl={show:!0,auto:!0,sorted:0,gaps:bl,alpha:1,facets:[Bs({},yl,{scale:`x`}),Bs({},yl,{scale:`y`})]},Sl={scale:`y`,auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:bl,alpha:1,points:{show:vl,filter:null},values:null,min:us,max:-1/0,idxs:[],path:null,clip:null};function Cl(e,t,n,r,i){return n/10}var wl={time:wa,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Tl=Bs({},wl,{time:!1,ori:1}),El={};function Dl(e,t){let n=El[e];return n||(n={key:e,plots:[],sub(e){n.plots.push(e)},unsub(e){n.plots=n.plots.filter(t=>t!=e)},pub(e,t,r,i,a,o,s){for(let c=0;c<n.plots.length;c++)n.plots[c]!=t&&n.plots[c].pub(e,t,r,i,a,o,s)}},e!=null&&(El[e]=n)),n}var Ol=1,kl=2;function Al(e,t,n){let r=e.mode,i=e.series[t],a=r==2?e._data[t]:e._data,o=e.scales,s=e.bbox,c=a[0],l=r==2?a[1]:a[t],u=r==2?o[i.facets[0].scale]:o[e.series[0].scale],d=r==2?o[i.facets[1].scale]:o[i.scale],f=s.left,p=s.top,m=s.width,h=s.height,g=e.valToPosH,_=e.valToPosV;return u.ori==0?n(i,c,l,u,d,g,_,f,p,m,h,zl,Vl,Ul,Gl,ql):n(i,c,l,u,d,_,g,p,f,h,m,Bl,Hl,Wl,Kl,Jl)}function jl(e,t){let n=0,r=0,i=X(e.bands,ks);for(let e=0;e<i.length;e++){let a=i[e];a.series[0]==t?n=a.dir:a.series[1]==t&&(a.dir==1?r|=1:r|=2)}return[n,r==1?-1:r==2?1:r==3?2:0]}function Ml(e,t,n,r,i){let a=e.mode,o=e.series[t],s=a==2?o.facets[1].scale:o.scale,c=e.scales[s];return i==-1?c.min:i==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function Nl(e,t,n,r,i,a){return Al(e,t,(e,t,o,s,c,l,u,d,f,p,m)=>{let h=e.pxRound,g=s.dir*(s.ori==0?1:-1),_=s.ori==0?Vl:Hl,v,y;g==1?(v=n,y=r):(v=r,y=n);let b=h(l(t[v],s,p,d)),x=h(u(o[v],c,m,f)),S=h(l(t[y],s,p,d)),C=h(u(a==1?c.max:c.min,c,m,f)),w=new Path2D(i);return _(w,S,C),_(w,b,C),_(w,b,x),w})}function Pl(e,t,n,r,i,a){let o=null;if(e.length>0){o=new Path2D;let s=t==0?Ul:Wl,c=n;for(let t=0;t<e.length;t++){let n=e[t];if(n[1]>n[0]){let e=n[0]-c;e>0&&s(o,c,r,e,r+a),c=n[1]}}let l=n+i-c;l>0&&s(o,c,r-5,l,r+a+10)}return o}function Fl(e,t,n){let r=e[e.length-1];r&&r[0]==t?r[1]=n:e.push([t,n])}function Il(e,t,n,r,i,a,o){let s=[],c=e.length;for(let l=i==1?n:r;l>=n&&l<=r;l+=i)if(t[l]===null){let u=l,d=l;if(i==1)for(;++l<=r&&t[l]===null;)d=l;else for(;--l>=n&&t[l]===null;)d=l;let f=a(e[u]),p=d==u?f:a(e[d]),m=u-i;f=o<=0&&m>=0&&m<c?a(e[m]):f;let h=d+i;p=o>=0&&h>=0&&h<c?a(e[h]):p,p>=f&&s.push([f,p])}return s}function Ll(e){return e==0?hs:e==1?es:t=>Ss(t,e)}function Rl(e){let t=e==0?zl:Bl,n=e==0?(e,t,n,r,i,a)=>{e.arcTo(t,n,r,i,a)}:(e,t,n,r,i,a)=>{e.arcTo(n,t,i,r,a)},r=e==0?(e,t,n,r,i)=>{e.rect(t,n,r,i)}:(e,t,n,r,i)=>{e.rect(n,t,i,r)};return(e,i,a,o,s,c=0,l=0)=>{c==0&&l==0?r(e,i,a,o,s):(c=ns(c,o/2,s/2),l=ns(l,o/2,s/2),t(e,i+c,a),n(e,i+o,a,i+o,a+s,c),n(e,i+o,a+s,i,a+s,l),n(e,i,a+s,i,a,l),n(e,i,a,i+o,a,c),e.closePath())}}var zl=(e,t,n)=>{e.moveTo(t,n)},Bl=(e,t,n)=>{e.moveTo(n,t)},Vl=(e,t,n)=>{e.lineTo(t,n)},Hl=(e,t,n)=>{e.lineTo(n,t)},Ul=Rl(0),Wl=Rl(1),Gl=(e,t,n,r,i,a)=>{e.arc(t,n,r,i,a)},Kl=(e,t,n,r,i,a)=>{e.arc(n,t,r,i,a)},ql=(e,t,n,r,i,a,o)=>{e.bezierCurveTo(t,n,r,i,a,o)},Jl=(e,t,n,r,i,a,o)=>{e.bezierCurveTo(n,t,i,r,o,a)};function Yl(e){return(e,t,n,r,i)=>Al(e,t,(t,a,o,s,c,l,u,d,f,p,m)=>{let{pxRound:h,points:g}=t,_,v;s.ori==0?(_=zl,v=Gl):(_=Bl,v=Kl);let y=Q(g.width*Y,3),b=(g.size-g.width)/2*Y,x=Q(b*2,3),S=new Path2D,C=new Path2D,{left:w,top:ee,width:T,height:E}=e.bbox;Ul(C,w-x,ee-x,T+x*2,E+x*2);let D=e=>{if(o[e]!=null){let t=h(l(a[e],s,p,d)),n=h(u(o[e],c,m,f));_(S,t+b,n),v(S,t,n,b,0,Zo*2)}};if(i)i.forEach(D);else for(let e=n;e<=r;e++)D(e);return{stroke:y>0?S:null,fill:S,clip:C,flags:3}})}function Xl(e){return(t,n,r,i,a,o)=>{r!=i&&(a!=r&&o!=r&&e(t,n,r),a!=i&&o!=i&&e(t,n,i),e(t,n,o))}}var Zl=Xl(Vl),Ql=Xl(Hl);function $l(e){let t=X(e?.alignGaps,0);return(e,n,r,i)=>Al(e,n,(a,o,s,c,l,u,d,f,p,m,h)=>{[r,i]=Io(s,r,i);let g=a.pxRound,_=e=>g(u(e,c,m,f)),v=e=>g(d(e,l,h,p)),y,b;c.ori==0?(y=Vl,b=Zl):(y=Hl,b=Ql);let x=c.dir*(c.ori==0?1:-1),S={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Ol},C=S.stroke,w=!1;if(i-r>=m*4){let t=t=>e.posToVal(t,c.key,!0),n=null,a=null,l,u,d,f=_(o[x==1?r:i]),p=_(o[r]),m=_(o[i]),h=t(x==1?p+1:m-1);for(let e=x==1?r:i;e>=r&&e<=i;e+=x){let r=o[e],i=(x==1?r<h:r>h)?f:_(r),c=s[e];i==f?c==null?c===null&&(w=!0):(u=c,n==null?(y(C,i,v(u)),l=n=a=u):u<n?n=u:u>a&&(a=u)):(n!=null&&b(C,f,v(n),v(a),v(l),v(u)),c==null?(n=a=null,c===null&&(w=!0)):(u=c,y(C,i,v(u)),n=a=l=u),f=i,h=t(f+x))}n!=null&&n!=a&&d!=f&&b(C,f,v(n),v(a),v(l),v(u))}else for(let e=x==1?r:i;e>=r&&e<=i;e+=x){let t=s[e];t===null?w=!0:t!=null&&y(C,_(o[e]),v(t))}let[ee,T]=jl(e,n);if(a.fill!=null||ee!=0){let t=S.fill=new Path2D(C),s=v(a.fillTo(e,n,a.min,a.max,ee)),c=_(o[r]),l=_(o[i]);x==-1&&([l,c]=[c,l]),y(t,l,s),y(t,c,s)}if(!a.spanGaps){let l=[];w&&l.push(...Il(o,s,r,i,x,_,t)),S.gaps=l=a.gaps(e,n,r,i,l),S.clip=Pl(l,c.ori,f,p,m,h)}return T!=0&&(S.band=T==2?[Nl(e,n,r,i,C,-1),Nl(e,n,r,i,C,1)]:Nl(e,n,r,i,C,T)),S})}function eu(e){let t=X(e.align,1),n=X(e.ascDesc,!1),r=X(e.alignGaps,0),i=X(e.extend,!1);return(e,a,o,s)=>Al(e,a,(c,l,u,d,f,p,m,h,g,_,v)=>{[o,s]=Io(u,o,s);let y=c.pxRound,{left:b,width:x}=e.bbox,S=e=>y(p(e,d,_,h)),C=e=>y(m(e,f,v,g)),w=d.ori==0?Vl:Hl,ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Ol},T=ee.stroke,E=d.dir*(d.ori==0?1:-1),D=C(u[E==1?o:s]),te=S(l[E==1?o:s]),ne=te,O=te;i&&t==-1&&(O=b,w(T,O,D)),w(T,te,D);for(let e=E==1?o:s;e>=o&&e<=s;e+=E){let n=u[e];if(n==null)continue;let r=S(l[e]),i=C(n);t==1?w(T,r,D):w(T,ne,i),w(T,r,i),D=i,ne=r}let re=ne;i&&t==1&&(re=b+x,w(T,re,D));let[ie,ae]=jl(e,a);if(c.fill!=null||ie!=0){let t=ee.fill=new Path2D(T),n=C(c.fillTo(e,a,c.min,c.max,ie));w(t,re,n),w(t,O,n)}if(!c.spanGaps){let i=[];i.push(...Il(l,u,o,s,E,S,r));let f=c.width*Y/2,p=n||t==1?f:-f,m=n||t==-1?-f:f;i.forEach(e=>{e[0]+=p,e[1]+=m}),ee.gaps=i=c.gaps(e,a,o,s,i),ee.clip=Pl(i,d.ori,h,g,_,v)}return ae!=0&&(ee.band=ae==2?[Nl(e,a,o,s,T,-1),Nl(e,a,o,s,T,1)]:Nl(e,a,o,s,T,ae)),ee})}function tu(e,t,n,r,i,a,o=us){if(e.length>1){let s=null;for(let c=0,l=1/0;c<e.length;c++)if(t[c]!==void 0){if(s!=null){let t=Qo(e[c]-e[s]);t<l&&(l=t,o=Qo(n(e[c],r,i,a)-n(e[s],r,i,a)))}s=c}}return o}function nu(e){e||=Os;let t=X(e.size,[.6,us,1]),n=e.align||0,r=e.gap||0,i=e.radius;i=i==null?[0,0]:typeof i==`number`?[i,0]:i;let a=Z(i),o=1-t[0],s=X(t[1],us),c=X(t[2],1),l=X(e.disp,Os),u=X(e.each,e=>{}),{fill:d,stroke:f}=l;return(e,t,i,p)=>Al(e,t,(m,h,g,_,v,y,b,x,S,C,w)=>{let ee=m.pxRound,T=n,E=r*Y,D=s*Y,te=c*Y,ne,O;_.ori==0?[ne,O]=a(e,t):[O,ne]=a(e,t);let re=_.dir*(_.ori==0?1:-1),ie=_.ori==0?Ul:Wl,ae=_.ori==0?u:(e,t,n,r,i,a,o)=>{u(e,t,n,i,r,o,a)},oe=X(e.bands,ks).find(e=>e.series[0]==t),se=oe==null?0:oe.dir,ce=m.fillTo(e,t,m.min,m.max,se),le=ee(b(ce,v,w,S)),k,ue,de,A=C,fe=ee(m.width*Y),pe=!1,me=null,j=null,he=null,ge=null;d!=null&&(fe==0||f!=null)&&(pe=!0,me=d.values(e,t,i,p),j=new Map,new Set(me).forEach(e=>{e!=null&&j.set(e,new Path2D)}),fe>0&&(he=f.values(e,t,i,p),ge=new Map,new Set(he).forEach(e=>{e!=null&&ge.set(e,new Path2D)})));let{x0:_e,size:ve}=l;if(_e!=null&&ve!=null){T=1,h=_e.values(e,t,i,p),_e.unit==2&&(h=h.map(t=>e.posToVal(x+t*C,_.key,!0)));let n=ve.values(e,t,i,p);ue=ve.unit==2?n[0]*C:y(n[0],_,C,x)-y(0,_,C,x),A=tu(h,g,y,_,C,x,A),de=A-ue+E}else A=tu(h,g,y,_,C,x,A),de=A*o+E,ue=A-de;de<1&&(de=0),fe>=ue/2&&(fe=0),de<5&&(ee=hs);let ye=de>0,be=A-de-(ye?fe:0);ue=ee(fs(be,te,D)),k=(T==0?ue/2:T==re?0:ue)-T*re*((T==0?E/2:0)+(ye?fe/2:0));let xe={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Se=pe?null:new Path2D,Ce=null;if(oe!=null)Ce=e.data[oe.series[1]];else{let{y0:n,y1:r}=l;n!=null&&r!=null&&(g=r.values(e,t,i,p),Ce=n.values(e,t,i,p))}let we=ne*ue,Te=O*ue;for(let n=re==1?i:p;n>=i&&n<=p;n+=re){let r=g[n];if(r==null)continue;if(Ce!=null){let e=Ce[n]??0;if(r-e==0)continue;le=b(e,v,w,S)}let i=y(_.distr!=2||l!=null?h[n]:n,_,C,x),a=b(X(r,ce),v,w,S),o=ee(i-k),s=ee(rs(a,le)),c=ee(ns(a,le)),u=s-c;if(r!=null){let i=r<0?Te:we,a=r<0?we:Te;pe?(fe>0&&he[n]!=null&&ie(ge.get(he[n]),o,c+$o(fe/2),ue,rs(0,u-fe),i,a),me[n]!=null&&ie(j.get(me[n]),o,c+$o(fe/2),ue,rs(0,u-fe),i,a)):ie(Se,o,c+$o(fe/2),ue,rs(0,u-fe),i,a),ae(e,t,n,o-fe/2,c,ue+fe,u)}}return fe>0?xe.stroke=pe?ge:Se:pe||(xe._fill=m.width==0?m._fill:m._stroke??m._fill,xe.width=0),xe.fill=pe?j:Se,xe})}function ru(e,t){let n=X(t?.alignGaps,0);return(t,r,i,a)=>Al(t,r,(o,s,c,l,u,d,f,p,m,h,g)=>{[i,a]=Io(c,i,a);let _=o.pxRound,v=e=>_(d(e,l,h,p)),y=e=>_(f(e,u,g,m)),b,x,S;l.ori==0?(b=zl,S=Vl,x=ql):(b=Bl,S=Hl,x=Jl);let C=l.dir*(l.ori==0?1:-1),w=v(s[C==1?i:a]),ee=w,T=[],E=[];for(let e=C==1?i:a;e>=i&&e<=a;e+=C)if(c[e]!=null){let t=v(s[e]);T.push(ee=t),E.push(y(c[e]))}let D={stroke:e(T,E,b,S,x,_),fill:null,clip:null,band:null,gaps:null,flags:Ol},te=D.stroke,[ne,O]=jl(t,r);if(o.fill!=null||ne!=0){let e=D.fill=new Path2D(te),n=y(o.fillTo(t,r,o.min,o.max,ne));S(e,ee,n),S(e,w,n)}if(!o.spanGaps){let e=[];e.push(...Il(s,c,i,a,C,v,n)),D.gaps=e=o.gaps(t,r,i,a,e),D.clip=Pl(e,l.ori,p,m,h,g)}return O!=0&&(D.band=O==2?[Nl(t,r,i,a,te,-1),Nl(t,r,i,a,te,1)]:Nl(t,r,i,a,te,O)),D})}function iu(e){return ru(au,e)}function au(e,t,n,r,i,a){let o=e.length;if(o<2)return null;let s=new Path2D;if(n(s,e[0],t[0]),o==2)r(s,e[1],t[1]);else{let n=Array(o),r=Array(o-1),a=Array(o-1),c=Array(o-1);for(let n=0;n<o-1;n++)a[n]=t[n+1]-t[n],c[n]=e[n+1]-e[n],r[n]=a[n]/c[n];n[0]=r[0];for(let e=1;e<o-1;e++)r[e]===0||r[e-1]===0||r[e-1]>0!=r[e]>0?n[e]=0:(n[e]=3*(c[e-1]+c[e])/((2*c[e]+c[e-1])/r[e-1]+(c[e]+2*c[e-1])/r[e]),isFinite(n[e])||(n[e]=0));n[o-1]=r[o-2];for(let r=0;r<o-1;r++)i(s,e[r]+c[r]/3,t[r]+n[r]*c[r]/3,e[r+1]-c[r]/3,t[r+1]-n[r+1]*c[r]/3,e[r+1],t[r+1])}return s}var ou=new Set;function su(){for(let e of ou)e.syncRect(!0)}uo&&(Ao(ao,po,su),Ao(oo,po,su,!0),Ao(co,po,()=>{Cu.pxRatio=Y}));var cu=$l(),lu=Yl();function uu(e,t,n,r){return(r?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((e,r)=>fu(e,r,t,n))}function du(e,t){return e.map((e,n)=>n==0?{}:Bs({},t,e))}function fu(e,t,n,r){return Bs({},t==0?n:r,e)}function pu(e,t,n){return t==null?As:[t,n]}var mu=pu;function hu(e,t,n){return t==null?As:Go(t,n,Vo,!0)}function gu(e,t,n,r){return t==null?As:zo(t,n,e.scales[r].log,!1)}var _u=gu;function vu(e,t,n,r){return t==null?As:Bo(t,n,e.scales[r].log,!1)}var yu=vu;function bu(e,t,n,r,i){let a=rs(ds(e),ds(t)),o=t-e,s=Mo(i/r*o,n);do{let e=n[s],t=r*e/o;if(t>=i&&a+(e<5?Ts.get(e):0)<=17)return[e,t]}while(++s<n.length);return[0,0]}function xu(e){let t,n;return e=e.replace(/(\d+)px/,(e,r)=>(t=es((n=+r)*Y))+`px`),[e,t,n]}function Su(e){e.show&&[e.font,e.labelFont].forEach(e=>{let t=Q(e[2]*Y,1);e[0]=e[0].replace(/[0-9.]+px/,t+`px`),e[1]=t})}function Cu(e,t,n){let r={mode:X(e.mode,1)},i=r.mode;function a(e,t,n,r){let i=t.valToPct(e);return r+n*(t.dir==-1?1-i:i)}function o(e,t,n,r){let i=t.valToPct(e);return r+n*(t.dir==-1?i:1-i)}function s(e,t,n,r){return t.ori==0?a(e,t,n,r):o(e,t,n,r)}r.valToPosH=a,r.valToPosV=o;let c=!1;r.status=0;let l=r.root=xo(Ta);if(e.id!=null&&(l.id=e.id),_o(l,e.class),e.title){let t=xo(Oa,l);t.textContent=e.title}let u=bo(`canvas`),d=r.ctx=u.getContext(`2d`),f=xo(ka,l);Ao(`click`,f,e=>{e.target===m&&(R!=nn||sn!=rn)&&ln.click(r,e)},!0);let p=r.under=xo(Aa,f);f.appendChild(u);let m=r.over=xo(ja,f);e=zs(e);let h=+X(e.pxAlign,1),g=Ll(h);(e.plugins||[]).forEach(t=>{t.opts&&(e=t.opts(r,e)||e)});let _=e.ms||.001,v=r.series=i==1?uu(e.series||[],rl,Sl,!1):du(e.series||[null],xl),y=r.axes=uu(e.axes||[],el,gl,!0),b=r.scales={},x=r.bands=e.bands||[];x.forEach(e=>{e.fill=Z(e.fill||null),e.dir=X(e.dir,-1)});let S=i==2?v[1].facets[0].scale:v[0].scale,C={axes:Vt,series:At},w=(e.drawOrder||[`axes`,`series`]).map(e=>C[e]);function ee(e){let t=e.distr==3?t=>os(t>0?t:e.clamp(r,t,e.min,e.max,e.key)):e.distr==4?t=>ls(t,e.asinh):e.distr==100?t=>e.fwd(t):e=>e;return n=>{let r=t(n),{_min:i,_max:a}=e,o=a-i;return(r-i)/o}}function T(t){let n=b[t];if(n==null){let r=(e.scales||Os)[t]||Os;if(r.from!=null){T(r.from);let e=Bs({},b[r.from],r,{key:t});e.valToPct=ee(e),b[t]=e}else{n=b[t]=Bs({},t==S?wl:Tl,r),n.key=t;let e=n.time,a=n.range,o=js(a);if((t!=S||i==2&&!e)&&(o&&(a[0]==null||a[1]==null)&&(a={min:a[0]==null?Ho:{mode:1,hard:a[0],soft:a[0]},max:a[1]==null?Ho:{mode:1,hard:a[1],soft:a[1]}},o=!1),!o&&Fs(a))){let e=a;a=(t,n,r)=>n==null?As:Go(n,r,e)}n.range=Z(a||(e?mu:t==S?n.distr==3?_u:n.distr==4?yu:pu:n.distr==3?gu:n.distr==4?vu:hu)),n.auto=Z(!o&&n.auto),n.clamp=Z(n.clamp||Cl),n._min=n._max=null,n.valToPct=ee(n)}}}T(`x`),T(`y`),i==1&&v.forEach(e=>{T(e.scale)}),y.forEach(e=>{T(e.scale)});for(let t in e.scales)T(t);let E=b[S],D=E.distr,te,ne;E.ori==0?(_o(l,Ea),te=a,ne=o):(_o(l,Da),te=o,ne=a);let O={};for(let e in b){let t=b[e];(t.min!=null||t.max!=null)&&(O[e]={min:t.min,max:t.max},t.min=t.max=null)}let re=e.tzDate||(e=>new Date(es(e/_))),ie=e.fmtDate||rc,ae=_==1?wc(re):Dc(re),oe=kc(re,Oc(_==1?Cc:Ec,ie)),se=Pc(re,Mc(Nc,ie)),ce=[],le=r.legend=Bs({},Lc,e.legend),k=r.cursor=Bs({},Kc,{drag:{y:i==2}},e.cursor),ue=le.show,de=k.show,A=le.markers;le.idxs=ce,A.width=Z(A.width),A.dash=Z(A.dash),A.stroke=Z(A.stroke),A.fill=Z(A.fill);let fe,pe,me,j=[],he=[],ge,_e=!1,ve={};if(le.live){let e=v[1]?v[1].values:null;_e=e!=null,ge=_e?e(r,1,0):{_:0};for(let e in ge)ve[e]=lo}if(ue){if(fe=bo(`table`,Ra,l),me=bo(`tbody`,null,fe),le.mount(r,fe),_e){pe=bo(`thead`,null,fe,me);let e=bo(`tr`,null,pe);for(var ye in bo(`th`,null,e),ge)bo(`th`,Ua,e).textContent=ye}else _o(fe,Ba),le.live&&_o(fe,za)}let be={show:!0},xe={show:!1};function Se(e,t){if(t==0&&(_e||!le.live||i==2))return As;let n=[],a=bo(`tr`,Va,me,me.childNodes[t]);_o(a,e.class),e.show||_o(a,Na);let o=bo(`th`,null,a);if(A.show){let e=xo(Ha,o);if(t>0){let n=A.width(r,t);n&&(e.style.border=n+`px `+A.dash(r,t)+` `+A.stroke(r,t)),e.style.background=A.fill(r,t)}}let s=xo(Ua,o);for(var c in e.label instanceof HTMLElement?s.appendChild(e.label):s.textContent=e.label,t>0&&(A.show||(s.style.color=e.width>0?A.stroke(r,t):A.fill(r,t)),we(`click`,o,t=>{if(k._lock)return;F(t);let n=v.indexOf(e);if((t.ctrlKey||t.metaKey)!=le.isolate){let e=v.some((e,t)=>t>0&&t!=n&&e.show);v.forEach((t,r)=>{r>0&&gn(r,e?r==n?be:xe:be,!0,Xn.setSeries)})}else gn(n,{show:!e.show},!0,Xn.setSeries)},!1),Xe&&we(no,o,t=>{k._lock||(F(t),gn(v.indexOf(e),xn,!0,Xn.setSeries))},!1)),ge){let e=bo(`td`,Wa,a);e.textContent=`--`,n.push(e)}return[a,n]}let Ce=new Map;function we(e,t,n,i=!0){let a=Ce.get(t)||{},o=k.bind[e](r,t,n,i);o&&(Ao(e,t,a[e]=o),Ce.set(t,a))}function Te(e,t,n){let r=Ce.get(t)||{};for(let n in r)(e==null||n==e)&&(jo(n,t,r[n]),delete r[n]);e??Ce.delete(t)}let Ee=0,M=0,N=0,P=0,De=0,Oe=0,ke=De,Ae=Oe,je=N,Me=P,Ne=0,Pe=0,Fe=0,Ie=0;r.bbox={};let Le=!1,Re=!1,ze=!1,Be=!1,Ve=!1,He=!1;function Ue(e,t,n){(n||e!=r.width||t!=r.height)&&We(e,t),Ht(!1),ze=!0,Re=!0,qt()}function We(e,t){r.width=Ee=N=e,r.height=M=P=t,De=Oe=0,Ke(),qe();let n=r.bbox;Ne=n.left=Ss(De*Y,.5),Pe=n.top=Ss(Oe*Y,.5),Fe=n.width=Ss(N*Y,.5),Ie=n.height=Ss(P*Y,.5)}function Ge(){let e=!1,t=0;for(;!e;){t++;let n=zt(t),i=Bt(t);e=t==3||n&&i,e||(We(r.width,r.height),Re=!0)}}r.setSize=function({width:e,height:t}){Ue(e,t)};function Ke(){let e=!1,t=!1,n=!1,r=!1;y.forEach((i,a)=>{if(i.show&&i._show){let{side:a,_size:o}=i,s=a%2,c=o+(i.label==null?0:i.labelSize);c>0&&(s?(N-=c,a==3?(De+=c,r=!0):n=!0):(P-=c,a==0?(Oe+=c,e=!0):t=!0))}}),I[0]=e,I[1]=n,I[2]=t,I[3]=r,N-=ot[1]+ot[3],De+=ot[3],P-=ot[2]+ot[0],Oe+=ot[0]}function qe(){let e=De+N,t=Oe+P,n=De,r=Oe;function i(i,a){switch(i){case 1:return e+=a,e-a;case 2:return t+=a,t-a;case 3:return n-=a,n+a;case 0:return r-=a,r+a}}y.forEach((e,t)=>{if(e.show&&e._show){let t=e.side;e._pos=i(t,e._size),e.label!=null&&(e._lpos=i(t,e.labelSize))}})}if(k.dataIdx==null){let e=k.hover,n=e.skip=new Set(e.skip??[]);n.add(void 0);let r=e.prox=Z(e.prox),i=e.bias??=0;k.dataIdx=(e,a,o,s)=>{if(a==0)return o;let c=o,l=r(e,a,o,s)??us,u=l>=0&&l<us,d=E.ori==0?N:P,f=k.left,p=t[0],m=t[a];if(n.has(m[o])){c=null;let e=null,t=null,r;if(i==0||i==-1)for(r=o;e==null&&r-->0;)n.has(m[r])||(e=r);if(i==0||i==1)for(r=o;t==null&&r++<m.length;)n.has(m[r])||(t=r);if(e!=null||t!=null){if(u){let n=e==null?-1/0:te(p[e],E,d,0),r=t==null?1/0:te(p[t],E,d,0),i=f-n,a=r-f;i<=a?i<=l&&(c=e):a<=l&&(c=t)}else c=t==null?e:e==null?t:o-e<=t-o?e:t}}else u&&Qo(f-te(p[o],E,d,0))>l&&(c=null);return c}}let F=e=>{k.event=e};k.idxs=ce,k._lock=!1;let Je=k.points;Je.show=Z(Je.show),Je.size=Z(Je.size),Je.stroke=Z(Je.stroke),Je.width=Z(Je.width),Je.fill=Z(Je.fill);let Ye=r.focus=Bs({},e.focus||{alpha:.3},k.focus),Xe=Ye.prox>=0,Ze=Xe&&Je.one,Qe=[],$e=[],et=[];function tt(e,t){let n=Je.show(r,t);if(n instanceof HTMLElement)return _o(n,La),_o(n,e.class),Co(n,-10,-10,N,P),m.insertBefore(n,Qe[t]),n}function nt(e,t){if(i==1||t>0){let t=i==1&&b[e.scale].time,n=e.value;e.value=t?Ps(n)?Pc(re,Mc(n,ie)):n||se:n||hl,e.label=e.label||(t?nl:tl)}if(Ze||t>0){e.width=e.width==null?1:e.width,e.paths=e.paths||cu||_s,e.fillTo=Z(e.fillTo||Ml),e.pxAlign=+X(e.pxAlign,h),e.pxRound=Ll(e.pxAlign),e.stroke=Z(e.stroke||null),e.fill=Z(e.fill||null),e._stroke=e._fill=e._paths=e._focus=null;let t=_l(rs(1,e.width),1),n=e.points=Bs({},{size:t,width:rs(1,t*.2),stroke:e.stroke,space:t*2,paths:lu,_stroke:null,_fill:null},e.points);n.show=Z(n.show),n.filter=Z(n.filter),n.fill=Z(n.fill),n.stroke=Z(n.stroke),n.paths=Z(n.paths),n.pxAlign=e.pxAlign}if(ue){let n=Se(e,t);j.splice(t,0,n[0]),he.splice(t,0,n[1]),le.values.push(null)}if(de){ce.splice(t,0,null);let n=null;Ze?t==0&&(n=tt(e,t)):t>0&&(n=tt(e,t)),Qe.splice(t,0,n),$e.splice(t,0,0),et.splice(t,0,0)}Jn(`addSeries`,t)}r.addSeries=function(e,t){t??=v.length,e=i==1?fu(e,t,rl,Sl):fu(e,t,{},xl),v.splice(t,0,e),nt(v[t],t)},r.delSeries=function(e){if(v.splice(e,1),ue){le.values.splice(e,1),he.splice(e,1);let t=j.splice(e,1)[0];Te(null,t.firstChild),t.remove()}de&&(ce.splice(e,1),Qe.splice(e,1)[0].remove(),$e.splice(e,1),et.splice(e,1)),Jn(`delSeries`,e)};let I=[!1,!1,!1,!1];function rt(e,t){if(e._show=e.show,e.show){let n=e.side%2,i=b[e.scale];i??=(e.scale=n?v[1].scale:S,b[e.scale]);let a=i.time;e.size=Z(e.size),e.space=Z(e.space),e.rotate=Z(e.rotate),js(e.incrs)&&e.incrs.forEach(e=>{!Ts.has(e)&&Ts.set(e,Es(e))}),e.incrs=Z(e.incrs||(i.distr==2?lc:a?_==1?Sc:Tc:uc)),e.splits=Z(e.splits||(a&&i.distr==1?ae:i.distr==3?ol:i.distr==4?sl:al)),e.stroke=Z(e.stroke),e.grid.stroke=Z(e.grid.stroke),e.ticks.stroke=Z(e.ticks.stroke),e.border.stroke=Z(e.border.stroke);let o=e.values;e.values=js(o)&&!js(o[0])?Z(o):a?js(o)?kc(re,Oc(o,ie)):Ps(o)?Ac(re,o):o||oe:o||il,e.filter=Z(e.filter||(i.distr>=3&&i.log==10?pl:i.distr==3&&i.log==2?ml:gs)),e.font=xu(e.font),e.labelFont=xu(e.labelFont),e._size=e.size(r,null,t,0),e._space=e._rotate=e._incrs=e._found=e._splits=e._values=null,e._size>0&&(I[t]=!0,e._el=xo(Ma,f))}}function it(e,t,n,r){let[i,a,o,s]=n,c=t%2,l=0;return c==0&&(s||a)&&(l=t==0&&!i||t==2&&!o?es(el.size/3):0),c==1&&(i||o)&&(l=t==1&&!a||t==3&&!s?es(gl.size/2):0),l}let at=r.padding=(e.padding||[it,it,it,it]).map(e=>Z(X(e,it))),ot=r._padding=at.map((e,t)=>e(r,t,I,0)),st,ct=null,lt=null,ut=i==1?v[0].idxs:null,dt=null,ft=!1;function pt(e,n){if(t=e??[],r.data=r._data=t,i==2){st=0;for(let e=1;e<v.length;e++)st+=t[e][0].length}else{t.length==0&&(r.data=r._data=t=[[]]),dt=t[0],st=dt.length;let e=t;if(D==2){e=t.slice();let n=e[0]=Array(st);for(let e=0;e<st;e++)n[e]=e}r._data=t=e}if(Ht(!0),Jn(`setData`),D==2&&(ze=!0),n!==!1){let e=E;e.auto(r,ft)?L():hn(S,e.min,e.max),Be||=k.left>=0,He=!0,qt()}}r.setData=pt;function L(){ft=!0;let e,n;i==1&&(st>0?(ct=ut[0]=0,lt=ut[1]=st-1,e=t[0][ct],n=t[0][lt],D==2?(e=ct,n=lt):e==n&&(D==3?[e,n]=zo(e,e,E.log,!1):D==4?[e,n]=Bo(e,e,E.log,!1):E.time?n=e+es(86400/_):[e,n]=Go(e,n,Vo,!0))):(ct=ut[0]=e=null,lt=ut[1]=n=null)),hn(S,e,n)}let mt,ht,gt,_t,vt,yt,bt,xt,St,Ct;function wt(e,t,n,r,i,a){e??=Qa,n??=ks,r??=`butt`,i??=Qa,a??=`round`,e!=mt&&(d.strokeStyle=mt=e),i!=ht&&(d.fillStyle=ht=i),t!=gt&&(d.lineWidth=gt=t),a!=vt&&(d.lineJoin=vt=a),r!=yt&&(d.lineCap=yt=r),n!=_t&&d.setLineDash(_t=n)}function Tt(e,t,n,r){t!=ht&&(d.fillStyle=ht=t),e!=bt&&(d.font=bt=e),n!=xt&&(d.textAlign=xt=n),r!=St&&(d.textBaseline=St=r)}function Et(e,t,n,i,a=0){if(i.length>0&&e.auto(r,ft)&&(t==null||t.min==null)){let t=X(ct,0),r=X(lt,i.length-1),o=n.min==null?Ro(i,t,r,a,e.distr==3):[n.min,n.max];e.min=ns(e.min,n.min=o[0]),e.max=rs(e.max,n.max=o[1])}}let Dt={min:null,max:null};function Ot(){for(let e in b){let t=b[e];O[e]==null&&(t.min==null||O[S]!=null&&t.auto(r,ft))&&(O[e]=Dt)}for(let e in b){let t=b[e];O[e]==null&&t.from!=null&&O[t.from]!=null&&(O[e]=Dt)}O[S]!=null&&Ht(!0);let e={};for(let t in O){let n=O[t];if(n!=null){let a=e[t]=zs(b[t],Is);if(n.min!=null)Bs(a,n);else if(t!=S||i==2){if(st==0&&a.from==null){let e=a.range(r,null,null,t);a.min=e[0],a.max=e[1]}else a.min=us,a.max=-1/0}}}if(st>0){v.forEach((n,a)=>{if(i==1){let i=n.scale,o=O[i];if(o==null)return;let s=e[i];if(a==0){let e=s.range(r,s.min,s.max,i);s.min=e[0],s.max=e[1],ct=Mo(s.min,t[0]),lt=Mo(s.max,t[0]),lt-ct>1&&(t[0][ct]<s.min&&ct++,t[0][lt]>s.max&&lt--),n.min=dt[ct],n.max=dt[lt]}else n.show&&n.auto&&Et(s,o,n,t[a],n.sorted);n.idxs[0]=ct,n.idxs[1]=lt}else if(a>0&&n.show&&n.auto){let[r,i]=n.facets,o=r.scale,s=i.scale,[c,l]=t[a],u=e[o],d=e[s];u!=null&&Et(u,O[o],r,c,r.sorted),d!=null&&Et(d,O[s],i,l,i.sorted),n.min=i.min,n.max=i.max}});for(let t in e){let n=e[t],i=O[t];if(n.from==null&&(i==null||i.min==null)){let e=n.range(r,n.min==us?null:n.min,n.max==-1/0?null:n.max,t);n.min=e[0],n.max=e[1]}}}for(let t in e){let n=e[t];if(n.from!=null){let i=e[n.from];if(i.min==null)n.min=n.max=null;else{let e=n.range(r,i.min,i.max,t);n.min=e[0],n.max=e[1]}}}let n={},a=!1;for(let t in e){let r=e[t],i=b[t];if(i.min!=r.min||i.max!=r.max){i.min=r.min,i.max=r.max;let e=i.distr;i._min=e==3?os(i.min):e==4?ls(i.min,i.asinh):e==100?i.fwd(i.min):i.min,i._max=e==3?os(i.max):e==4?ls(i.max,i.asinh):e==100?i.fwd(i.max):i.max,n[t]=a=!0}}if(a){v.forEach((e,t)=>{i==2?t>0&&n.y&&(e._paths=null):n[e.scale]&&(e._paths=null)});for(let e in n)ze=!0,Jn(`setScale`,e);de&&k.left>=0&&(Be=He=!0)}for(let e in O)O[e]=null}function kt(e){let t=fs(ct-1,0,st-1),n=fs(lt+1,0,st-1);for(;e[t]==null&&t>0;)t--;for(;e[n]==null&&n<st-1;)n++;return[t,n]}function At(){if(st>0){let e=v.some(e=>e._focus)&&Ct!=Ye.alpha;e&&(d.globalAlpha=Ct=Ye.alpha),v.forEach((e,n)=>{if(n>0&&e.show&&(jt(n,!1),jt(n,!0),e._paths==null)){let a=Ct;Ct!=e.alpha&&(d.globalAlpha=Ct=e.alpha);let o=i==2?[0,t[n][0].length-1]:kt(t[n]);e._paths=e.paths(r,n,o[0],o[1]),Ct!=a&&(d.globalAlpha=Ct=a)}}),v.forEach((e,t)=>{if(t>0&&e.show){let n=Ct;Ct!=e.alpha&&(d.globalAlpha=Ct=e.alpha),e._paths!=null&&Mt(t,!1);{let n=e._paths==null?null:e._paths.gaps,i=e.points.show(r,t,ct,lt,n),a=e.points.filter(r,t,i,n);(i||a)&&(e.points._paths=e.points.paths(r,t,ct,lt,a),Mt(t,!0))}Ct!=n&&(d.globalAlpha=Ct=n),Jn(`drawSeries`,t)}}),e&&(d.globalAlpha=Ct=1)}}function jt(e,t){let n=t?v[e].points:v[e];n._stroke=n.stroke(r,e),n._fill=n.fill(r,e)}function Mt(e,t){let n=t?v[e].points:v[e],{stroke:r,fill:i,clip:a,flags:o,_stroke:s=n._stroke,_fill:c=n._fill,_width:l=n.width}=n._paths;l=Q(l*Y,3);let u=null,f=l%2/2;t&&c==null&&(c=l>0?`#fff`:s);let p=n.pxAlign==1&&f>0;if(p&&d.translate(f,f),!t){let e=Ne-l/2,t=Pe-l/2,n=Fe+l,r=Ie+l;u=new Path2D,u.rect(e,t,n,r)}t?Pt(s,l,n.dash,n.cap,c,r,i,o,a):Nt(e,s,l,n.dash,n.cap,c,r,i,o,u,a),p&&d.translate(-f,-f)}function Nt(e,n,i,a,o,s,c,l,u,d,f){let p=!1;u!=0&&x.forEach((m,h)=>{if(m.series[0]==e){let e=v[m.series[1]],g=t[m.series[1]],_=(e._paths||Os).band;js(_)&&(_=m.dir==1?_[0]:_[1]);let y,b=null;e.show&&_&&Ko(g,ct,lt)?(b=m.fill(r,h)||s,y=e._paths.clip):_=null,Pt(n,i,a,o,b,c,l,u,d,f,y,_),p=!0}}),p||Pt(n,i,a,o,s,c,l,u,d,f)}function Pt(e,t,n,r,i,a,o,s,c,l,u,f){wt(e,t,n,r,i),(c||l||f)&&(d.save(),c&&d.clip(c),l&&d.clip(l)),f?(s&3)==3?(d.clip(f),u&&d.clip(u),It(i,o),Ft(e,a,t)):s&kl?(It(i,o),d.clip(f),Ft(e,a,t)):s&Ol&&(d.save(),d.clip(f),u&&d.clip(u),It(i,o),d.restore(),Ft(e,a,t)):(It(i,o),Ft(e,a,t)),(c||l||f)&&d.restore()}function Ft(e,t,n){n>0&&(t instanceof Map?t.forEach((e,t)=>{d.strokeStyle=mt=t,d.stroke(e)}):t!=null&&e&&d.stroke(t))}function It(e,t){t instanceof Map?t.forEach((e,t)=>{d.fillStyle=ht=t,d.fill(e)}):t!=null&&e&&d.fill(t)}function Lt(e,t,n,i){let a=y[e],o;if(i<=0)o=[0,0];else{let s=a._space=a.space(r,e,t,n,i);o=bu(t,n,a._incrs=a.incrs(r,e,t,n,i,s),i,s)}return a._found=o}function Rt(e,t,n,r,i,a,o,s,c,l){let u=o%2/2;h==1&&d.translate(u,u),wt(s,o,c,l,s),d.beginPath();let f,p,m,g,_=i+(r==0||r==3?-a:a);n==0?(p=i,g=_):(f=i,m=_);for(let r=0;r<e.length;r++)t[r]!=null&&(n==0?f=m=e[r]:p=g=e[r],d.moveTo(f,p),d.lineTo(m,g));d.stroke(),h==1&&d.translate(-u,-u)}function zt(e){let t=!0;return y.forEach((n,i)=>{if(!n.show)return;let a=b[n.scale];if(a.min==null){n._show&&(t=!1,n._show=!1,Ht(!1));return}n._show||(t=!1,n._show=!0,Ht(!1));let o=n.side,s=o%2,{min:c,max:l}=a,[u,d]=Lt(i,c,l,s==0?N:P);if(d==0)return;let f=a.distr==2,p=n._splits=n.splits(r,i,c,l,u,d,f),m=a.distr==2?p.map(e=>dt[e]):p,h=a.distr==2?dt[p[1]]-dt[p[0]]:u,g=n._values=n.values(r,n.filter(r,m,i,d,h),i,d,h);n._rotate=o==2?n.rotate(r,g,i,d):0;let _=n._size;n._size=ts(n.size(r,g,i,e)),_!=null&&n._size!=_&&(t=!1)}),t}function Bt(e){let t=!0;return at.forEach((n,i)=>{let a=n(r,i,I,e);a!=ot[i]&&(t=!1),ot[i]=a}),t}function Vt(){for(let e=0;e<y.length;e++){let t=y[e];if(!t.show||!t._show)continue;let n=t.side,i=n%2,a,o,c=t.stroke(r,e),l=n==0||n==3?-1:1,[u,f]=t._found;if(t.label!=null){let s=t.labelGap*l,p=es((t._lpos+s)*Y);Tt(t.labelFont[0],c,`center`,n==2?qa:Ja),d.save(),i==1?(a=o=0,d.translate(p,es(Pe+Ie/2)),d.rotate((n==3?-Zo:Zo)/2)):(a=es(Ne+Fe/2),o=p);let m=ps(t.label)?t.label(r,e,u,f):t.label;d.fillText(m,a,o),d.restore()}if(f==0)continue;let p=b[t.scale],m=i==0?Fe:Ie,h=i==0?Ne:Pe,_=t._splits,v=p.distr==2?_.map(e=>dt[e]):_,x=p.distr==2?dt[_[1]]-dt[_[0]]:u,S=t.ticks,C=t.border,w=S.show?S.size:0,ee=es(w*Y),T=es((t.alignTo==2?t._size-w-t.gap:t.gap)*Y),E=t._rotate*-Zo/180,D=g(t._pos*Y),te=D+(ee+T)*l;o=i==0?te:0,a=i==1?te:0,Tt(t.font[0],c,t.align==1?Ya:t.align==2?Xa:E>0?Ya:E<0?Xa:i==0?`center`:n==3?Xa:Ya,E||i==1?`middle`:n==2?qa:Ja);let ne=t.font[1]*t.lineGap,O=_.map(e=>g(s(e,p,m,h))),re=t._values;for(let e=0;e<re.length;e++){let t=re[e];if(t!=null){i==0?a=O[e]:o=O[e],t=``+t;let n=t.indexOf(`
`)==-1?[t]:t.split(/\n/gm);for(let e=0;e<n.length;e++){let t=n[e];E?(d.save(),d.translate(a,o+e*ne),d.rotate(E),d.fillText(t,0,0),d.restore()):d.fillText(t,a,o+e*ne)}}}S.show&&Rt(O,S.filter(r,v,e,f,x),i,n,D,ee,Q(S.width*Y,3),S.stroke(r,e),S.dash,S.cap);let ie=t.grid;ie.show&&Rt(O,ie.filter(r,v,e,f,x),i,i==0?2:1,i==0?Pe:Ne,i==0?Ie:Fe,Q(ie.width*Y,3),ie.stroke(r,e),ie.dash,ie.cap),C.show&&Rt([D],[1],+(i==0),i==0?1:2,i==1?Pe:Ne,i==1?Ie:Fe,Q(C.width*Y,3),C.stroke(r,e),C.dash,C.cap)}Jn(`drawAxes`)}function Ht(e){v.forEach((t,n)=>{n>0&&(t._paths=null,e&&(i==1?(t.min=null,t.max=null):t.facets.forEach(e=>{e.min=null,e.max=null})))})}let Ut=!1,Wt=!1,Gt=[];function Kt(){Wt=!1;for(let e=0;e<Gt.length;e++)Jn(...Gt[e]);Gt.length=0}function qt(){Ut||=(Gs(Jt),!0)}r.batch=function(e,t=!1){Ut=!0,Wt=t,e(r),Jt(),t&&Gt.length>0&&queueMicrotask(Kt)};function Jt(){if(Le&&=(Ot(),!1),ze&&=(Ge(),!1),Re){if(yo(p,Ya,De),yo(p,qa,Oe),yo(p,Ga,N),yo(p,Ka,P),yo(m,Ya,De),yo(m,qa,Oe),yo(m,Ga,N),yo(m,Ka,P),yo(f,Ga,Ee),yo(f,Ka,M),u.width=es(Ee*Y),u.height=es(M*Y),y.forEach(({_el:e,_show:t,_size:n,_pos:r,side:i})=>{if(e!=null){if(t){let t=i===3||i===0?n:0,a=i%2==1;yo(e,a?`left`:`top`,r-t),yo(e,a?`width`:`height`,n),yo(e,a?`top`:`left`,a?Oe:De),yo(e,a?`height`:`width`,a?P:N),vo(e,Na)}else _o(e,Na)}}),mt=ht=gt=vt=yt=bt=xt=St=_t=null,Ct=1,B(!0),De!=ke||Oe!=Ae||N!=je||P!=Me){Ht(!1);let e=N/je,t=P/Me;if(de&&!Be&&k.left>=0){k.left*=e,k.top*=t,Qt&&Co(Qt,es(k.left),0,N,P),$t&&Co($t,0,es(k.top),N,P);for(let n=0;n<Qe.length;n++){let r=Qe[n];r!=null&&($e[n]*=e,et[n]*=t,Co(r,ts($e[n]),ts(et[n]),N,P))}}if(z.show&&!Ve&&z.left>=0&&z.width>0){z.left*=e,z.width*=e,z.top*=t,z.height*=t;for(let e in Fn)yo(fn,e,z[e])}ke=De,Ae=Oe,je=N,Me=P}Jn(`setSize`),Re=!1}Ee>0&&M>0&&(d.clearRect(0,0,u.width,u.height),Jn(`drawClear`),w.forEach(e=>e()),Jn(`draw`)),z.show&&Ve&&(pn(z),Ve=!1),de&&Be&&(jn(null,!0,!1),Be=!1),le.show&&le.live&&He&&(kn(),He=!1),c||(c=!0,r.status=1,Jn(`ready`)),ft=!1,Ut=!1}r.redraw=(e,t)=>{ze=t||!1,e===!1?qt():hn(S,E.min,E.max)};function Yt(e,n){let i=b[e];if(i.from==null){if(st==0){let t=i.range(r,n.min,n.max,e);n.min=t[0],n.max=t[1]}if(n.min>n.max){let e=n.min;n.min=n.max,n.max=e}if(st>1&&n.min!=null&&n.max!=null&&n.max-n.min<1e-16)return;e==S&&i.distr==2&&st>0&&(n.min=Mo(n.min,t[0]),n.max=Mo(n.max,t[0]),n.min==n.max&&n.max++),O[e]=n,Le=!0,qt()}}r.setScale=Yt;let Xt,Zt,Qt,$t,en,tn,nn,rn,an,on,R,sn,cn=!1,ln=k.drag,un=ln.x,dn=ln.y;de&&(k.x&&(Xt=xo(Fa,m)),k.y&&(Zt=xo(Ia,m)),E.ori==0?(Qt=Xt,$t=Zt):(Qt=Zt,$t=Xt),R=k.left,sn=k.top);let z=r.select=Bs({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),fn=z.show?xo(Pa,z.over?m:p):null;function pn(e,t){if(z.show){for(let t in e)z[t]=e[t],t in Fn&&yo(fn,t,e[t]);t!==!1&&Jn(`setSelect`)}}r.setSelect=pn;function mn(e){if(v[e].show)ue&&vo(j[e],Na);else if(ue&&_o(j[e],Na),de){let t=Ze?Qe[0]:Qe[e];t!=null&&Co(t,-10,-10,N,P)}}function hn(e,t,n){Yt(e,{min:t,max:n})}function gn(e,t,n,a){t.focus!=null&&Sn(e),t.show!=null&&v.forEach((n,r)=>{r>0&&(e==r||e==null)&&(n.show=t.show,mn(r),i==2?(hn(n.facets[0].scale,null,null),hn(n.facets[1].scale,null,null)):hn(n.scale,null,null),qt())}),n!==!1&&Jn(`setSeries`,e,t),a&&$n(`setSeries`,r,e,t)}r.setSeries=gn,r.addBand=function(e,t){e.fill=Z(e.fill||null),e.dir=X(e.dir,-1),t??=x.length,x.splice(t,0,e)},r.setBand=function(e,t){Bs(x[e],t)},r.delBand=function(e){e==null?x.length=0:x.splice(e,1)};function _n(e,t){v[e].alpha=t,de&&Qe[e]!=null&&(Qe[e].style.opacity=t),ue&&j[e]&&(j[e].style.opacity=t)}let vn,yn,bn,xn={focus:!0};function Sn(e){if(e!=bn){let t=e==null,n=Ye.alpha!=1;v.forEach((r,a)=>{if(i==1||a>0){let i=t||a==0||a==e;r._focus=t?null:i,n&&_n(a,i?1:Ye.alpha)}}),bn=e,n&&qt()}}ue&&Xe&&we(ro,fe,e=>{k._lock||(F(e),bn!=null&&gn(null,xn,!0,Xn.setSeries))});function Cn(e,t,n){let r=b[t];n&&(e=e/Y-(r.ori==1?Oe:De));let i=N;r.ori==1&&(i=P,e=i-e),r.dir==-1&&(e=i-e);let a=r._min,o=r._max,s=e/i,c=a+(o-a)*s,l=r.distr;return l==3?is(10,c):l==4?cs(c,r.asinh):l==100?r.bwd(c):c}r.valToIdx=e=>Mo(e,t[0]),r.posToIdx=function(e,n){return Mo(Cn(e,S,n),t[0],ct,lt)},r.posToVal=Cn,r.valToPos=(e,t,n)=>b[t].ori==0?a(e,b[t],n?Fe:N,n?Ne:0):o(e,b[t],n?Ie:P,n?Pe:0),r.setCursor=(e,t,n)=>{R=e.left,sn=e.top,jn(null,t,n)};function wn(e,t){yo(fn,Ya,z.left=e),yo(fn,Ga,z.width=t)}function Tn(e,t){yo(fn,qa,z.top=e),yo(fn,Ka,z.height=t)}let En=E.ori==0?wn:Tn,Dn=E.ori==1?wn:Tn;function On(){if(ue&&le.live)for(let e=+(i==2);e<v.length;e++){if(e==0&&_e)continue;let t=le.values[e],n=0;for(let r in t)he[e][n++].firstChild.nodeValue=t[r]}}function kn(e,t){if(e!=null&&(e.idxs?e.idxs.forEach((e,t)=>{ce[t]=e}):Ns(e.idx)||ce.fill(e.idx),le.idx=ce[0]),ue&&le.live){for(let e=0;e<v.length;e++)(e>0||i==1&&!_e)&&An(e,ce[e]);On()}He=!1,t!==!1&&Jn(`setLegend`)}r.setLegend=kn;function An(e,n){let i=v[e],a=e==0&&D==2?dt:t[e],o;_e?o=i.values(r,e,n)??ve:(o=i.value(r,n==null?null:a[n],e,n),o=o==null?ve:{_:o}),le.values[e]=o}function jn(e,n,a){an=R,on=sn,[R,sn]=k.move(r,R,sn),k.left=R,k.top=sn,de&&(Qt&&Co(Qt,es(R),0,N,P),$t&&Co($t,0,es(sn),N,P));let o,s=ct>lt;vn=us,yn=null;let c=E.ori==0?N:P,l=E.ori==1?N:P;if(R<0||st==0||s){o=k.idx=null;for(let e=0;e<v.length;e++){let t=Qe[e];t!=null&&Co(t,-10,-10,N,P)}Xe&&gn(null,xn,!0,e==null&&Xn.setSeries),le.live&&(ce.fill(o),He=!0)}else{let e,n,a;i==1&&(e=E.ori==0?R:sn,n=Cn(e,S),o=k.idx=Mo(n,t[0],ct,lt),a=te(t[0][o],E,c,0));let s=-10,u=-10,d=0,f=0,p=!0,m=``,h=``;for(let e=+(i==2);e<v.length;e++){let g=v[e],_=ce[e],y=_==null?null:i==1?t[e][_]:t[e][1][_],x=k.dataIdx(r,e,o,n),S=x==null?null:i==1?t[e][x]:t[e][1][x];if(He=He||S!=y||x!=_,ce[e]=x,e>0&&g.show){let n=x==null?-10:x==o?a:te(i==1?t[0][x]:t[e][0][x],E,c,0),_=S==null?-10:ne(S,i==1?b[g.scale]:b[g.facets[1].scale],l,0);if(Xe&&S!=null){let t=E.ori==1?R:sn,n=Qo(Ye.dist(r,e,x,_,t));if(n<vn){let r=Ye.bias;if(r!=0){let i=Cn(t,g.scale),a=S>=0?1:-1,o=i>=0?1:-1;o==a&&(o==1?r==1?S>=i:S<=i:r==1?S<=i:S>=i)&&(vn=n,yn=e)}else vn=n,yn=e}}if(He||Ze){let t,i;E.ori==0?(t=n,i=_):(t=_,i=n);let a,o,c,l,g,v,y=!0,b=Je.bbox;if(b!=null){y=!1;let t=b(r,e);c=t.left,l=t.top,a=t.width,o=t.height}else c=t,l=i,a=o=Je.size(r,e);if(v=Je.fill(r,e),g=Je.stroke(r,e),Ze)e==yn&&vn<=Ye.prox&&(s=c,u=l,d=a,f=o,p=y,m=v,h=g);else{let t=Qe[e];t!=null&&($e[e]=c,et[e]=l,Do(t,a,o,y),To(t,v,g),Co(t,ts(c),ts(l),N,P))}}}}if(Ze){let e=Ye.prox;if(He||(bn==null?vn<=e:vn>e||yn!=bn)){let e=Qe[0];e!=null&&($e[0]=s,et[0]=u,Do(e,d,f,p),To(e,m,h),Co(e,ts(s),ts(u),N,P))}}}if(z.show&&cn){if(e!=null){let[t,n]=Xn.scales,[r,i]=Xn.match,[a,o]=e.cursor.sync.scales,s=e.cursor.drag;if(un=s._x,dn=s._y,un||dn){let{left:s,top:u,width:d,height:f}=e.select,p=e.scales[a].ori,m=e.posToVal,h,g,_,v,y,x=t!=null&&r(t,a),S=n!=null&&i(n,o);x&&un?(p==0?(h=s,g=d):(h=u,g=f),_=b[t],v=te(m(h,a),_,c,0),y=te(m(h+g,a),_,c,0),En(ns(v,y),Qo(y-v))):En(0,c),S&&dn?(p==1?(h=s,g=d):(h=u,g=f),_=b[n],v=ne(m(h,o),_,l,0),y=ne(m(h+g,o),_,l,0),Dn(ns(v,y),Qo(y-v))):Dn(0,l)}else In()}else{let e=Qo(an-en),t=Qo(on-tn);if(E.ori==1){let n=e;e=t,t=n}un=ln.x&&e>=ln.dist,dn=ln.y&&t>=ln.dist;let n=ln.uni;n==null?ln.x&&ln.y&&(un||dn)&&(un=dn=!0):un&&dn&&(un=e>=n,dn=t>=n,!un&&!dn&&(t>e?dn=!0:un=!0));let r,i;un&&(E.ori==0?(r=nn,i=R):(r=rn,i=sn),En(ns(r,i),Qo(i-r)),dn||Dn(0,l)),dn&&(E.ori==1?(r=nn,i=R):(r=rn,i=sn),Dn(ns(r,i),Qo(i-r)),un||En(0,c)),!un&&!dn&&(En(0,0),Dn(0,0))}}if(ln._x=un,ln._y=dn,e==null){if(a){if(Zn!=null){let[e,t]=Xn.scales;Xn.values[0]=e==null?null:Cn(E.ori==0?R:sn,e),Xn.values[1]=t==null?null:Cn(E.ori==1?R:sn,t)}$n($a,r,R,sn,N,P,o)}if(Xe){let e=a&&Xn.setSeries,t=Ye.prox;bn==null?vn<=t&&gn(yn,xn,!0,e):vn>t?gn(null,xn,!0,e):yn!=bn&&gn(yn,xn,!0,e)}}He&&(le.idx=o,kn()),n!==!1&&Jn(`setCursor`)}let Mn=null;Object.defineProperty(r,"rect",{get(){return Mn??B(!1),Mn}});function B(e=!1){e?Mn=null:(Mn=m.getBoundingClientRect(),Jn(`syncRect`,Mn))}function Nn(e,t,n,r,i,a,o){k._lock||cn&&e!=null&&e.movementX==0&&e.movementY==0||(Pn(e,t,n,r,i,a,o,!1,e!=null),e==null?jn(t,!0,!1):jn(null,!0,!0))}function Pn(e,t,n,i,a,o,c,l,u){if(Mn??B(!1),F(e),e!=null)n=e.clientX-Mn.left,i=e.clientY-Mn.top;else{if(n<0||i<0){R=-10,sn=-10;return}let[e,r]=Xn.scales,c=t.cursor.sync,[l,u]=c.values,[d,f]=c.scales,[p,m]=Xn.match,h=t.axes[0].side%2==1,g=E.ori==0?N:P,_=E.ori==1?N:P,v=h?o:a,y=h?a:o,x=h?i:n,S=h?n:i;if(n=d==null?x/v*g:p(e,d)?s(l,b[e],g,0):-10,i=f==null?S/y*_:m(r,f)?s(u,b[r],_,0):-10,E.ori==1){let e=n;n=i,i=e}}u&&(t==null||t.cursor.event.type==$a)&&((n<=1||n>=N-1)&&(n=Ss(n,N)),(i<=1||i>=P-1)&&(i=Ss(i,P))),l?(en=n,tn=i,[nn,rn]=k.move(r,n,i)):(R=n,sn=i)}let Fn={width:0,height:0,left:0,top:0};function In(){pn(Fn,!1)}let Ln,Rn,zn,Bn;function Vn(e,t,n,i,a,o,s){cn=!0,un=dn=ln._x=ln._y=!1,Pn(e,t,n,i,a,o,s,!0,!1),e!=null&&(we(to,fo,Hn,!1),$n(eo,r,nn,rn,N,P,null));let{left:c,top:l,width:u,height:d}=z;Ln=c,Rn=l,zn=u,Bn=d}function Hn(e,t,n,i,a,o,s){cn=ln._x=ln._y=!1,Pn(e,t,n,i,a,o,s,!1,!0);let{left:c,top:l,width:u,height:d}=z,f=u>0||d>0,p=Ln!=c||Rn!=l||zn!=u||Bn!=d;if(f&&p&&pn(z),ln.setScale&&f&&p){let e=c,t=u,n=l,r=d;if(E.ori==1&&(e=l,t=d,n=c,r=u),un&&hn(S,Cn(e,S),Cn(e+t,S)),dn)for(let e in b){let t=b[e];e!=S&&t.from==null&&t.min!=us&&hn(e,Cn(n+r,e),Cn(n,e))}In()}else k.lock&&(k._lock=!k._lock,jn(t,!0,e!=null));e!=null&&(Te(to,fo),$n(to,r,R,sn,N,P,null))}function Un(e,t,n,r,i,a,o){if(k._lock)return;F(e);let s=cn;if(cn){let e=!0,t=!0,n,r;E.ori==0?(n=un,r=dn):(n=dn,r=un),n&&r&&(e=R<=10||R>=N-10,t=sn<=10||sn>=P-10),n&&e&&(R=R<nn?0:N),r&&t&&(sn=sn<rn?0:P),jn(null,!0,!0),cn=!1}R=-10,sn=-10,ce.fill(null),jn(null,!0,!0),s&&(cn=s)}function Wn(e,t,n,i,a,o,s){k._lock||(F(e),L(),In(),e!=null&&$n(io,r,R,sn,N,P,null))}function Gn(){y.forEach(Su),Ue(r.width,r.height,!0)}Ao(co,po,Gn);let Kn={};Kn.mousedown=Vn,Kn.mousemove=Nn,Kn.mouseup=Hn,Kn.dblclick=Wn,Kn.setSeries=(e,t,n,i)=>{n=(0,Xn.match[2])(r,t,n),n!=-1&&gn(n,i,!0,!1)},de&&(we(eo,m,Vn),we($a,m,Nn),we(no,m,e=>{F(e),B(!1)}),we(ro,m,Un),we(io,m,Wn),ou.add(r),r.syncRect=B);let qn=r.hooks=e.hooks||{};function Jn(e,t,n){Wt?Gt.push([e,t,n]):e in qn&&qn[e].forEach(e=>{e.call(null,r,t,n)})}(e.plugins||[]).forEach(e=>{for(let t in e.hooks)qn[t]=(qn[t]||[]).concat(e.hooks[t])});let Yn=(e,t,n)=>n,Xn=Bs({key:null,setSeries:!1,filters:{pub:vs,sub:vs},scales:[S,v[1]?v[1].scale:null],match:[ys,ys,Yn],values:[null,null]},k.sync);Xn.match.length==2&&Xn.match.push(Yn),k.sync=Xn;let Zn=Xn.key,Qn=Dl(Zn);function $n(e,t,n,r,i,a,o){Xn.filters.pub(e,t,n,r,i,a,o)&&Qn.pub(e,t,n,r,i,a,o)}Qn.sub(r),r.pub=function(e,t,n,r,i,a,o){Xn.filters.sub(e,t,n,r,i,a,o)&&Kn[e](null,t,n,r,i,a,o)},r.destroy=function(){Qn.unsub(r),ou.delete(r),Ce.clear(),jo(co,po,Gn),l.remove(),fe?.remove(),Jn(`destroy`)};function er(){Jn(`init`,e,t),pt(t||e.data,!1),O[S]?Yt(S,O[S]):L(),Ve=z.show&&(z.width>0||z.height>0),Be=He=!0,Ue(e.width,e.height)}return v.forEach(nt),y.forEach(rt),n?n instanceof HTMLElement?(n.appendChild(l),er()):n(r,er):er(),r}Cu.assign=Bs,Cu.fmtNum=Yo,Cu.rangeNum=Go,Cu.rangeLog=zo,Cu.rangeAsinh=Bo,Cu.orient=Al,Cu.pxRatio=Y,Cu.join=function(e,t){if(qs(e)){let t=e[0].slice();for(let n=1;n<e.length;n++)t.push(...e[n].slice(1));return Js(t[0])||(t=Ks(t)),t}let n=new Set;for(let t=0;t<e.length;t++){let r=e[t][0],i=r.length;for(let e=0;e<i;e++)n.add(r[e])}let r=[Array.from(n).sort((e,t)=>e-t)],i=r[0].length,a=new Map;for(let e=0;e<i;e++)a.set(r[0][e],e);for(let n=0;n<e.length;n++){let o=e[n],s=o[0];for(let e=1;e<o.length;e++){let c=o[e],l=Array(i).fill(void 0),u=t?t[n][e]:Hs,d=[];for(let e=0;e<c.length;e++){let t=c[e],n=a.get(s[e]);t===null?u!=Vs&&(l[n]=t,u==Us&&d.push(n)):l[n]=t}Ws(l,d,i),r.push(l)}}return r},Cu.fmtDate=rc,Cu.tzDate=function(e,t){let n;return t==`UTC`||t==`Etc/UTC`?n=new Date(+e+e.getTimezoneOffset()*6e4):t==ic?n=e:(n=new Date(e.toLocaleString(`en-US`,{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n},Cu.sync=Dl;{Cu.addGap=Fl,Cu.clipGaps=Pl;let e=Cu.paths={points:Yl};e.linear=$l,e.stepped=eu,e.bars=nu,e.spline=iu}var wu=280,Tu=86400;function Eu(e){return Date.parse(`${e}T00:00:00Z`)/1e3}function Du(e){let t=De(null),n=e.data.reduce((e,t)=>e+t.succeeded,0),r=e.data.reduce((e,t)=>e+t.failed,0),i=e.data[0]?.day,a=e.data[e.data.length-1]?.day,o=`Bar chart of sign-ins per day from ${i??`—`} to ${a??`—`} (UTC): ${n} succeeded and ${r} failed in total.`;return P(()=>{let n=t.current;if(!n||e.data.length===0)return;let r=e.data.map(e=>Eu(e.day)),i=e.data.map(e=>e.succeeded),a=e.data.map(e=>e.failed),o=()=>Math.max(260,Math.floor(n.clientWidth)),s=Cu.paths.bars,c=new Cu({width:o(),height:wu,tzDate:e=>Cu.tzDate(new Date(e*1e3),`UTC`),scales:{x:{time:!0,range:(e,t,n)=>[t-Tu*.6,n+Tu*.6]},y:{range:(e,t,n)=>[0,Math.max(4,Math.ceil(n*1.15))]}},series:[{label:`Day`,value:(e,t)=>t==null?`—`:new Date(t*1e3).toISOString().slice(0,10)},{label:`Succeeded`,stroke:`#1a7f37`,fill:`rgba(26, 127, 55, 0.75)`,width:1,paths:s({align:-1,size:[.4,16]}),points:{show:!1},value:(e,t)=>t==null?`—`:String(t)},{label:`Failed`,stroke:`#b42318`,fill:`rgba(180, 35, 24, 0.75)`,width:1,paths:s({align:1,size:[.4,16]}),points:{show:!1},value:(e,t)=>t==null?`—`:String(t)}],axes:[{stroke:`#4b5563`,grid:{stroke:`#eef0f3`},ticks:{stroke:`#d0d5dd`}},{stroke:`#4b5563`,grid:{stroke:`#eef0f3`},ticks:{stroke:`#d0d5dd`},incrs:[1,2,5,10,20,50,100,200,500,1e3,2e3,5e3,1e4,2e4,5e4,1e5],values:(e,t)=>t.map(e=>Number.isInteger(e)?String(e):``),size:48}],legend:{show:!0,live:!0},cursor:{drag:{x:!1,y:!1},points:{show:!1}}},[r,i,a],n),l=new ResizeObserver(()=>{let e=o();e!==c.width&&c.setSize({width:e,height:wu})});return l.observe(n),()=>{l.disconnect(),c.destroy()}},[e.data]),U(`figure`,{class:`chart`,"data-testid":`signin-chart`,children:[U(`figcaption`,{children:[U(`span`,{class:`legend-swatch ok`,"aria-hidden":`true`}),` Succeeded`,` `,U(`span`,{class:`legend-swatch bad`,"aria-hidden":`true`}),` Failed, per day (UTC), last `,e.data.length,` days`]}),U(`div`,{class:`chart-box`,ref:t,role:`img`,"aria-label":o}),U(`p`,{class:`chart-totals`,"data-testid":`signin-totals`,children:[U(`strong`,{"data-testid":`signin-total-succeeded`,children:n}),` successful and`,` `,U(`strong`,{"data-testid":`signin-total-failed`,children:r}),` failed sign-ins in `,e.data.length,` days.`]}),U(`details`,{class:`chart-data`,children:[U(`summary`,{children:`The numbers behind the chart`}),U(`div`,{class:`table-scroll`,children:U(`table`,{children:[U(`caption`,{class:`visually-hidden`,children:`Sign-ins per day`}),U(`thead`,{children:U(`tr`,{children:[U(`th`,{scope:`col`,children:`Day (UTC)`}),U(`th`,{scope:`col`,children:`Succeeded`}),U(`th`,{scope:`col`,children:`Failed`})]})}),U(`tbody`,{children:e.data.map(e=>U(`tr`,{children:[U(`th`,{scope:`row`,children:e.day}),U(`td`,{children:e.succeeded}),U(`td`,{children:e.failed})]},e.day))})]})})]})]})}function Ou(){let e=zr(()=>vr(30),[]);return U(G,{title:`Overview`,children:[U(hi,{title:`Sign-ins, last 30 days`,children:[!e.data&&e.loading&&U(bi,{what:`sign-in activity`}),e.data&&U(Du,{data:e.data}),e.failed&&!e.data&&U(`p`,{class:`error`,"data-testid":`chart-error`,children:`The sign-in activity could not be loaded.`})]}),U(`p`,{children:U(`a`,{href:H(`/admin/users`),children:`Manage users →`})})]})}function ku(e){return H(`/admin/users/${encodeURIComponent(e.id)}`)}function Au(e){let t=e.user;return U(`span`,{class:`badges`,children:[t.role===`ADMIN`&&U(`span`,{class:`badge info`,children:`Admin`}),t.disabled&&U(`span`,{class:`badge bad`,"data-testid":`user-disabled`,children:`Disabled`}),t.totpEnabled&&U(`span`,{class:`badge ok`,children:`2FA`}),!t.emailVerified&&U(`span`,{class:`badge warn`,children:`Unverified`})]})}function ju(){let[e,t]=M(``),[n,r]=M(``),[i,a]=M([null]),o=i[i.length-1]??null,s=i.length,c=zr(async()=>({...await dr(20,o,n||null),page:s,search:n}),[o,s,n]),l=c.data,u=l?Math.max(1,Math.ceil(l.totalCount/20)):1;return U(G,{title:`Users`,children:[U(J,{onSubmit:()=>{r(e.trim()),a([null])},role:`search`,label:`Search users`,children:[U(`div`,{class:`inline-fields`,children:U(W,{label:`Search users`,type:`search`,value:e,onInput:t,hint:`Part of a username or an email address.`})}),U(`div`,{class:`actions`,children:[U(K,{variant:`secondary`,children:`Search`}),n&&U(q,{onClick:()=>{t(``),r(``),a([null])},children:`Show all`})]})]}),!l&&c.loading&&U(bi,{what:`users`}),l&&U(S,{children:[U(`p`,{class:`muted`,"data-testid":`user-count`,"aria-live":`polite`,children:l.totalCount===0?`No accounts match.`:`${l.totalCount} account${l.totalCount===1?``:`s`}${l.search?` match`:``} · page ${l.page} of ${u}`}),U(`ul`,{class:`rows`,"data-testid":`user-list`,"aria-busy":c.loading?`true`:void 0,children:l.nodes.map(e=>U(`li`,{class:`row user`,"data-testid":`user-row`,"data-username":e.username,children:[U(`div`,{class:`row-main`,children:[U(`p`,{class:`row-title`,children:[U(`a`,{href:ku(e),"data-testid":`user-link`,children:e.username}),` `,U(Au,{user:e})]}),U(`p`,{class:`muted small`,children:[U(`span`,{"data-testid":`user-email`,children:e.email}),` · joined `,vi(e.createdAt)]})]}),U(`div`,{class:`actions`,children:U(`a`,{class:`btn secondary`,href:ku(e),"aria-label":`Manage ${e.username}`,children:`Manage`})})]},e.id))}),U(gi,{label:`User pages`,busy:c.loading,hasPrevious:l.page>1,hasNext:l.pageInfo.hasNextPage,onPrevious:()=>a(i.slice(0,l.page-1)),onNext:()=>{l.pageInfo.endCursor&&a([...i.slice(0,l.page),l.pageInfo.endCursor])}})]})]})}function Mu(e){let t=zr(()=>fr(e.id),[e.id]),[n,r]=M(null),[i,a]=M(0),[o,s]=M(``),[c,l]=M(``),u=V(),d=V(),f=V(),p=V(),m=t.data??null,h=n&&m&&n.id===m.id?n:m;if(!t.data)return t.loading?U(G,{title:`User`,children:U(bi,{what:`user`})}):U(G,{title:`User not found`,children:[U(`p`,{"data-testid":`user-not-found`,children:`No account has this id. It may have been deleted.`}),U(`p`,{children:U(`a`,{href:H(`/admin/users`),children:`Back to users`})})]});if(!h)return null;let g=async t=>{r(t),s(``),a(e=>e+1),t.id===e.me.id&&await Or().catch(()=>null)},_=h.id===e.me.id,v=o||h.role;return U(G,{title:h.username,children:[U(`p`,{children:U(`a`,{href:H(`/admin/users`),children:`← All users`})}),U(hi,{title:`Account`,testid:`admin-user`,children:U(`dl`,{class:`facts`,children:[U(`dt`,{children:`Username`}),U(`dd`,{"data-testid":`admin-user-username`,children:h.username}),U(`dt`,{children:`Email`}),U(`dd`,{"data-testid":`admin-user-email`,children:[h.email,` `,h.emailVerified?U(`span`,{class:`badge ok`,children:`Verified`}):U(`span`,{class:`badge warn`,children:`Not verified`})]}),U(`dt`,{children:`Role`}),U(`dd`,{"data-testid":`admin-user-role`,children:h.role===`ADMIN`?`Administrator`:`User`}),U(`dt`,{children:`Status`}),U(`dd`,{"data-testid":`admin-user-status`,children:h.disabled?U(`span`,{class:`badge bad`,children:`Disabled`}):U(`span`,{class:`badge ok`,children:`Active`})}),U(`dt`,{children:`Two-factor authentication`}),U(`dd`,{"data-testid":`admin-user-2fa`,children:h.totpEnabled?`On`:`Off`}),U(`dt`,{children:`Passkeys`}),U(`dd`,{"data-testid":`admin-user-passkeys`,children:h.passkeyCount}),U(`dt`,{children:`Joined`}),U(`dd`,{children:vi(h.createdAt)})]})}),U(hi,{title:`Change role`,children:U(J,{onSubmit:()=>void u.run(async()=>{await g(await mr(h.id,v))},`${h.username} is now ${v===`ADMIN`?`an administrator`:`a user`}.`),label:`Change role`,children:[U(`div`,{class:`field`,children:[U(`label`,{for:`role-select`,children:`Role`}),U(`select`,{id:`role-select`,value:v,onChange:e=>s(e.currentTarget.value),children:[U(`option`,{value:`USER`,children:`User`}),U(`option`,{value:`ADMIN`,children:`Administrator`})]})]}),U(`div`,{class:`actions`,children:U(K,{busy:u.busy,variant:`secondary`,disabled:v===h.role,children:`Save role`})})]})}),U(hi,{title:`Access`,children:[U(`p`,{children:h.disabled?`This account is disabled: it cannot sign in, and its sessions were ended.`:`Disabling an account ends its sessions at once and blocks sign-in until it is enabled again.`}),U(`div`,{class:`actions`,children:U(q,{variant:h.disabled?`primary`:`danger`,busy:d.busy,disabled:_&&!h.disabled,onClick:()=>void d.run(async()=>{await g(await hr(h.id,!h.disabled))},h.disabled?`${h.username} is enabled again.`:`${h.username} is disabled and signed out everywhere.`),children:h.disabled?`Enable account`:`Disable account`})}),_&&U(`p`,{class:`hint`,children:`You cannot disable your own account here.`})]}),U(hi,{title:`Reset password`,children:U(J,{onSubmit:()=>void f.run(async()=>{await gr(h.id,c),l(``),a(e=>e+1)},`The password of ${h.username} was reset and their sessions were ended.`),label:`Reset password`,children:[U(W,{label:`New password for this user`,type:`password`,value:c,onInput:l,autoComplete:`new-password`,required:!0,minLength:8,hint:`Tell the user through a safe channel. Every session of theirs ends.`}),U(`div`,{class:`actions`,children:U(K,{busy:f.busy,variant:`danger`,children:`Reset password`})})]})}),U(hi,{title:`Second factor`,children:h.totpEnabled||h.passkeyCount>0?U(S,{children:[U(`p`,{children:`For a user who lost their authenticator or passkeys and their recovery codes: turns two-factor authentication off, deletes their passkeys and recovery codes, and ends their sessions.`}),U(`div`,{class:`actions`,children:U(q,{variant:`danger`,busy:p.busy,onClick:()=>void p.run(async()=>{await g(await _r(h.id))},`Two-factor authentication of ${h.username} was reset.`),children:`Reset two-factor authentication`})})]}):U(`p`,{class:`muted`,children:`This account has no second factor (no TOTP, no passkey).`})}),U(hi,{title:`Security events`,children:U(Sa,{resetKey:`${h.id}:${i}`,label:`Security event pages`,load:(e,t)=>pr(h.id,e,t)})})]})}var Nu=new Set([`/signin`,`/signup`,`/forgot-password`]);function Pu(){let e=ze(qe),t=De(null);return P(()=>{let n=t.current;e&&e.kind!==`success`&&n&&n.getBoundingClientRect().top<0&&n.scrollIntoView({block:`start`})},[e?.seq]),U(`div`,{class:`notice-region`,ref:t,children:U(`div`,{class:`notice-live`,"data-testid":`notice`,"data-kind":e?.kind,"data-code":e?.code,role:`status`,"aria-live":`polite`,"aria-atomic":`true`,children:e&&U(`div`,{class:`notice ${e.kind}`,children:[U(`p`,{children:e.text}),U(`button`,{type:`button`,class:`btn link close`,onClick:Ye,"aria-label":`Dismiss notice`,title:`Dismiss`})]},e.seq)})})}function Fu(e){let t=(t,n)=>{let r=e.path===t||t!==`/admin`&&e.path.startsWith(`${t}/`);return U(`li`,{children:U(`a`,{href:H(t),"aria-current":r?`page`:void 0,children:n})})};return U(`nav`,{class:`nav`,"aria-label":`Main`,children:U(`ul`,{children:[t(`/quotes`,`Quotes`),t(`/account`,`Account`),t(`/security`,`Two-factor`),t(`/sessions`,`Sessions`),t(`/activity`,`Activity`),e.user.role===`ADMIN`&&t(`/admin`,`Overview`),e.user.role===`ADMIN`&&t(`/admin/users`,`Users`)]})})}function Iu(e){let t=e.session.user;return U(`header`,{class:`top`,children:[U(`div`,{class:`top-row`,children:[U(`a`,{class:`brand`,href:H(t?`/quotes`:`/signin`),children:`Portcullis`}),t&&U(`div`,{class:`who`,children:[U(`span`,{class:`muted small`,children:`Signed in as`}),` `,U(`strong`,{"data-testid":`signed-in-user`,children:t.username}),t.role===`ADMIN`&&U(`span`,{class:`badge info`,children:`Admin`}),U(`button`,{type:`button`,class:`btn secondary small`,onClick:()=>void jr().then(()=>Wr(`/signin`)),children:`Sign out`})]})]}),t&&U(Fu,{user:t,path:e.path})]})}function Lu(){return U(G,{title:`Page not found`,children:[U(`p`,{children:`There is no such screen.`}),U(`p`,{children:U(`a`,{href:H(`/quotes`),children:`Go to your quotes`})})]})}function Ru(){return U(G,{title:`Administrators only`,children:U(`p`,{"data-testid":`admin-only`,children:`This screen is for administrators.`})})}function zu(e){let{path:t,segments:n}=e.route,r=e.user;if(n[0]===`admin`)return r.role===`ADMIN`?n.length===1?U(Ou,{}):n[1]===`users`&&n.length===2?U(ju,{}):n[1]===`users`&&n.length===3?U(Mu,{id:n[2]??``,me:r},n[2]):U(Lu,{}):U(Ru,{});switch(t){case`/`:case`/quotes`:return U(ca,{});case`/account`:return U(ua,{user:r});case`/account/password`:return U(da,{user:r});case`/account/email`:return U(pa,{user:r});case`/account/delete`:return U(ma,{user:r});case`/security`:return U(Ci,{user:r});case`/security/recovery-codes`:return U(wi,{});case`/security/disable`:return U(Ti,{user:r});case`/sessions`:return U(ga,{});case`/activity`:return U(Ca,{userId:r.id});default:return U(Lu,{})}}function Bu(e){let{route:t,session:n}=e,r=qi();if(r)return U(Ki,{step:r});if(t.linkPage)return U(aa,{page:t.linkPage,token:t.query.get(`token`)});if(n.status===`loading`)return U(bi,{what:`your session`});if(n.status===`signedIn`&&n.user)return Nu.has(t.path)?U(zu,{route:{...t,path:`/quotes`,segments:[`quotes`]},user:n.user}):U(zu,{route:t,user:n.user});switch(t.path){case`/signup`:return U(Zi,{});case`/forgot-password`:return U(Qi,{});default:return U(Xi,{})}}function Vu(){let e=Jr(),t=ze(yr),n=De(!0);return P(()=>{Xe(),n.current?n.current=!1:Zr()},[e.path,e.linkPage]),P(()=>{if(t.status!==`signedIn`||!Nu.has(e.path)||e.linkPage)return;let n=Ur();n.path===e.path&&!n.linkPage&&window.location.replace(H(`/quotes`))},[t.status,e.path,e.linkPage]),U(S,{children:[U(`a`,{class:`skip`,href:`#main`,onClick:e=>{e.preventDefault(),document.getElementById(`main`)?.focus()},children:`Skip to content`}),U(Iu,{session:t,path:e.path}),U(Pu,{}),U(`main`,{id:`main`,tabIndex:-1,children:U(Bu,{route:e,session:t})}),U(`footer`,{class:`foot muted small`,children:[U(`span`,{children:`Portcullis console`}),` · `,U(`a`,{href:`/graphql`,children:`GraphiQL`})]}),U(zi,{})]})}var Hu=document.getElementById(`app`);if(Hu){let e=ni();pe(U(Vu,{}),Hu),Ar().then(()=>e?ai(e):void 0)}